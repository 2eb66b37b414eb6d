# JVM packaging: java runtime, Quarkus stream handler, SnapStart on published
# versions, alias "live" that Alexa calls.
#
# java21 is the only Java runtime offered: hashicorp/aws 5.100 (the pinned
# provider) rejects runtime = "java25" in its own schema validation, even when
# mocked (validation.tftest.hcl checks the module refuses it first).

mock_provider "aws" {
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
    condition     = aws_lambda_function.this.runtime == "java21"
    error_message = "JVM default runtime must be java21."
  }
  assert {
    condition     = aws_lambda_function.this.handler == "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest"
    error_message = "JVM must use the Quarkus stream handler."
  }
  assert {
    condition     = aws_lambda_function.this.architectures == tolist(["x86_64"])
    error_message = "Default architecture must be x86_64."
  }
  assert {
    condition     = length(aws_lambda_function.this.snap_start) == 1 && aws_lambda_function.this.snap_start[0].apply_on == "PublishedVersions"
    error_message = "JVM must enable SnapStart on published versions."
  }
  assert {
    condition     = aws_lambda_function.this.publish == true
    error_message = "SnapStart and the alias need published versions."
  }
  assert {
    condition     = aws_lambda_function.this.memory_size == 1024 && aws_lambda_function.this.timeout == 7
    error_message = "JVM defaults must be 1024 MB and 7 s."
  }
  assert {
    condition     = length(aws_lambda_alias.live) == 1 && aws_lambda_alias.live[0].name == "live" && aws_lambda_alias.live[0].function_name == "music-butler-skill"
    error_message = "JVM must create the alias live on the function."
  }
  assert {
    condition     = aws_lambda_permission.alexa.qualifier == "live"
    error_message = "JVM: the Alexa permission must be on the alias live."
  }
  assert {
    condition     = aws_lambda_permission.alexa.principal == "alexa-appkit.amazon.com" && aws_lambda_permission.alexa.event_source_token == var.skill_id
    error_message = "The Alexa permission must use principal alexa-appkit.amazon.com and the skill id as token."
  }
  assert {
    condition     = aws_cloudwatch_log_group.this.retention_in_days == 14 && aws_cloudwatch_log_group.this.name == "/aws/lambda/music-butler-skill"
    error_message = "Log group must be /aws/lambda/<name> with 14 days retention."
  }
  assert {
    condition     = nonsensitive(aws_lambda_function.this.environment[0].variables["JAVA_TOOL_OPTIONS"] == "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")
    error_message = "java21 must get the default JAVA_TOOL_OPTIONS."
  }
  assert {
    condition     = nonsensitive(!contains(keys(aws_lambda_function.this.environment[0].variables), "DISABLE_SIGNAL_HANDLERS"))
    error_message = "DISABLE_SIGNAL_HANDLERS is for native only."
  }
  assert {
    condition = nonsensitive(
      aws_lambda_function.this.environment[0].variables["ALEXA_SKILL_ID"] == var.skill_id &&
      aws_lambda_function.this.environment[0].variables["SPOTIFY_CLIENT_ID"] == var.spotify_client_id &&
      aws_lambda_function.this.environment[0].variables["SPOTIFY_CLIENT_SECRET"] == var.spotify_client_secret &&
      aws_lambda_function.this.environment[0].variables["QUARKUS_LOG_LEVEL"] == "INFO"
    )
    error_message = "ALEXA_SKILL_ID, SPOTIFY_CLIENT_ID, SPOTIFY_CLIENT_SECRET and QUARKUS_LOG_LEVEL must be set."
  }
}

run "jvm_apply" {
  command = apply

  assert {
    condition     = output.skill_endpoint_arn == aws_lambda_alias.live[0].arn
    error_message = "JVM: the skill endpoint must be the alias ARN."
  }
  assert {
    condition     = endswith(output.skill_endpoint_arn, ":live") && output.alias_arn == output.skill_endpoint_arn
    error_message = "JVM: endpoint must be the qualified alias ARN."
  }
  assert {
    condition     = jsondecode(output.skill_json_endpoint).manifest.apis.custom.endpoint.uri == aws_lambda_alias.live[0].arn
    error_message = "skill_json_endpoint must carry the alias ARN."
  }
  assert {
    condition     = aws_lambda_alias.live[0].function_version == aws_lambda_function.this.version && output.alias_version == output.published_version
    error_message = "The alias must point at the version published by this apply."
  }
  assert {
    condition     = aws_lambda_permission.alexa.qualifier == aws_lambda_alias.live[0].name
    error_message = "The Alexa permission must be on the alias."
  }
  assert {
    condition = alltrue(flatten([
      for doc in [data.aws_iam_policy_document.assume_role, data.aws_iam_policy_document.logs] : [
        for s in doc.statement : [
          for a in coalesce(s.actions, []) : !strcontains(a, "*")
        ]
      ]
    ]))
    error_message = "No IAM policy statement may grant an action containing '*'."
  }
  assert {
    condition     = tolist(data.aws_iam_policy_document.logs.statement[0].resources) == tolist(["${aws_cloudwatch_log_group.this.arn}:*"])
    error_message = "The role may only write to its own log group."
  }
}

run "jvm_rollback_pins_alias" {
  command = apply

  variables {
    rollback_version = "2"
  }

  assert {
    condition     = aws_lambda_alias.live[0].function_version == "2" && output.alias_version == "2"
    error_message = "rollback_version must pin the alias."
  }
  assert {
    condition     = output.skill_endpoint_arn == aws_lambda_alias.live[0].arn
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
    condition     = nonsensitive(aws_lambda_function.this.environment[0].variables["JAVA_TOOL_OPTIONS"] == "-XX:+UseSerialGC")
    error_message = "java_tool_options must override the default."
  }
  assert {
    condition     = aws_lambda_function.this.architectures == tolist(["arm64"]) && length(aws_lambda_function.this.snap_start) == 1
    error_message = "arm64 JVM must keep SnapStart."
  }
}

run "jvm_empty_java_tool_options_unsets" {
  command = plan

  variables {
    java_tool_options = ""
  }

  assert {
    condition     = nonsensitive(!contains(keys(aws_lambda_function.this.environment[0].variables), "JAVA_TOOL_OPTIONS"))
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
    condition     = length(aws_lambda_function.this.snap_start) == 0 && length(aws_lambda_alias.live) == 0
    error_message = "Native must have neither SnapStart nor the alias."
  }
  assert {
    condition     = aws_lambda_function.this.runtime == "provided.al2023" && aws_lambda_permission.alexa.qualifier == null
    error_message = "Native must use provided.al2023 and an unqualified permission."
  }
  assert {
    condition     = output.skill_endpoint_arn == aws_lambda_function.this.arn
    error_message = "Native endpoint must be the function ARN."
  }
}
