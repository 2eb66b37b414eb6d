# JVM packaging: java runtime, Quarkus stream handler, SnapStart on published
# versions, alias "live" that Alexa calls.
#
# java21 is the only Java runtime offered: hashicorp/aws 5.100 (the pinned
# provider) rejects runtime = "java25" in its own schema validation, even when
# mocked (validation.tftest.hcl checks the module refuses it first).

mock_provider "aws" {
  source = "./tests/mocks"
}

# The providers of the other Alexa regions (providers.tf), mocked the same way.
mock_provider "aws" {
  alias  = "us_east_1"
  source = "./tests/mocks"
}

mock_provider "aws" {
  alias  = "eu_west_1"
  source = "./tests/mocks"
}

mock_provider "aws" {
  alias  = "us_west_2"
  source = "./tests/mocks"
}


variables {
  skill_id              = "amzn1.ask.skill.0a1b2c3d-4e5f-4a6b-8c7d-0123456789ab"
  spotify_client_id     = "0123456789abcdef0123456789abcdef"
  spotify_client_secret = "fedcba9876543210fedcba9876543210"
  package_path          = "tests/fixtures/jvm/function.zip"
  packaging             = "jvm"
}

run "jvm_plan" {
  command = plan

  assert {
    condition     = module.primary.function.runtime == "java21"
    error_message = "JVM default runtime must be java21."
  }
  assert {
    condition     = module.primary.function.handler == "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest"
    error_message = "JVM must use the Quarkus stream handler."
  }
  assert {
    condition     = module.primary.function.architectures == tolist(["x86_64"])
    error_message = "Default architecture must be x86_64."
  }
  assert {
    condition     = length(module.primary.function.snap_start) == 1 && module.primary.function.snap_start[0].apply_on == "PublishedVersions"
    error_message = "JVM must enable SnapStart on published versions."
  }
  assert {
    condition     = module.primary.function.publish == true
    error_message = "SnapStart and the alias need published versions."
  }
  assert {
    condition     = module.primary.function.memory_size == 1024 && module.primary.function.timeout == 7
    error_message = "JVM defaults must be 1024 MB and 7 s."
  }
  assert {
    condition     = length(module.primary.alias) == 1 && module.primary.alias[0].name == "live" && module.primary.alias[0].function_name == "music-butler-skill"
    error_message = "JVM must create the alias live on the function."
  }
  assert {
    condition     = module.primary.permission.qualifier == "live"
    error_message = "JVM: the Alexa permission must be on the alias live."
  }
  assert {
    condition     = module.primary.permission.principal == "alexa-appkit.amazon.com" && module.primary.permission.event_source_token == var.skill_id
    error_message = "The Alexa permission must use principal alexa-appkit.amazon.com and the skill id as token."
  }
  assert {
    condition     = module.primary.log_group.retention_in_days == 14 && module.primary.log_group.name == "/aws/lambda/music-butler-skill"
    error_message = "Log group must be /aws/lambda/<name> with 14 days retention."
  }
  assert {
    condition     = nonsensitive(module.primary.function.environment[0].variables["JAVA_TOOL_OPTIONS"] == "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")
    error_message = "java21 must get the default JAVA_TOOL_OPTIONS."
  }
  assert {
    condition     = nonsensitive(!contains(keys(module.primary.function.environment[0].variables), "DISABLE_SIGNAL_HANDLERS"))
    error_message = "DISABLE_SIGNAL_HANDLERS is for native only."
  }
  assert {
    condition = nonsensitive(
      module.primary.function.environment[0].variables["ALEXA_SKILL_ID"] == var.skill_id &&
      module.primary.function.environment[0].variables["SPOTIFY_CLIENT_ID"] == var.spotify_client_id &&
      module.primary.function.environment[0].variables["SPOTIFY_CLIENT_SECRET"] == var.spotify_client_secret &&
      module.primary.function.environment[0].variables["QUARKUS_LOG_LEVEL"] == "INFO"
    )
    error_message = "ALEXA_SKILL_ID, SPOTIFY_CLIENT_ID, SPOTIFY_CLIENT_SECRET and QUARKUS_LOG_LEVEL must be set."
  }
}

run "jvm_apply" {
  command = apply

  assert {
    condition     = output.skill_endpoint_arn == module.primary.alias[0].arn
    error_message = "JVM: the skill endpoint must be the alias ARN."
  }
  assert {
    condition     = endswith(output.skill_endpoint_arn, ":live") && output.alias_arn == output.skill_endpoint_arn
    error_message = "JVM: endpoint must be the qualified alias ARN."
  }
  assert {
    condition     = jsondecode(output.skill_json_endpoint).manifest.apis.custom.endpoint.uri == module.primary.alias[0].arn
    error_message = "skill_json_endpoint must carry the alias ARN."
  }
  assert {
    condition     = module.primary.alias[0].function_version == module.primary.function.version && output.alias_version == output.published_version
    error_message = "The alias must point at the version published by this apply."
  }
  assert {
    condition     = module.primary.permission.qualifier == module.primary.alias[0].name
    error_message = "The Alexa permission must be on the alias."
  }
  assert {
    condition = alltrue(flatten([
      for doc in [data.aws_iam_policy_document.assume_role, module.primary.logs_policy_document] : [
        for s in doc.statement : [
          for a in coalesce(s.actions, []) : !strcontains(a, "*")
        ]
      ]
    ]))
    error_message = "No IAM policy statement may grant an action containing '*'."
  }
  assert {
    condition     = tolist(module.primary.logs_policy_document.statement[0].resources) == tolist(["${module.primary.log_group.arn}:*"])
    error_message = "The role may only write to its own log group."
  }
}

run "jvm_rollback_pins_alias" {
  command = apply

  variables {
    rollback_version = "2"
  }

  assert {
    condition     = module.primary.alias[0].function_version == "2" && output.alias_version == "2"
    error_message = "rollback_version must pin the alias."
  }
  assert {
    condition     = output.skill_endpoint_arn == module.primary.alias[0].arn
    error_message = "A rollback must not change the endpoint ARN the skill uses."
  }
}

run "jvm_custom_java_tool_options_and_arm64" {
  command = plan

  variables {
    architecture      = "arm64"
    java_tool_options = "-XX:+UseSerialGC"
  }

  assert {
    condition     = nonsensitive(module.primary.function.environment[0].variables["JAVA_TOOL_OPTIONS"] == "-XX:+UseSerialGC")
    error_message = "java_tool_options must override the default."
  }
  assert {
    condition     = module.primary.function.architectures == tolist(["arm64"]) && length(module.primary.function.snap_start) == 1
    error_message = "arm64 JVM must keep SnapStart."
  }
}

run "jvm_empty_java_tool_options_unsets" {
  command = plan

  variables {
    java_tool_options = ""
  }

  assert {
    condition     = nonsensitive(!contains(keys(module.primary.function.environment[0].variables), "JAVA_TOOL_OPTIONS"))
    error_message = "java_tool_options = \"\" must leave JAVA_TOOL_OPTIONS unset."
  }
}

# Switching an existing stack back to native must remove SnapStart and the alias.
run "switch_back_to_native" {
  command = apply

  variables {
    packaging    = "native"
    package_path = "tests/fixtures/function.zip"
  }

  assert {
    condition     = length(module.primary.function.snap_start) == 0 && length(module.primary.alias) == 0
    error_message = "Native must have neither SnapStart nor the alias."
  }
  assert {
    condition     = module.primary.function.runtime == "provided.al2023" && module.primary.permission.qualifier == null
    error_message = "Native must use provided.al2023 and an unqualified permission."
  }
  assert {
    condition     = output.skill_endpoint_arn == module.primary.function.arn
    error_message = "Native endpoint must be the function ARN."
  }
}
