# Native packaging (the default): provided.al2023 + the zip's bootstrap.
# Offline: the AWS provider is mocked (shared mock values in tests/mocks).

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
  # Tiny committed stand-in for target/function.zip (the module hashes the zip).
  package_path = "tests/fixtures/function.zip"
}

run "native_defaults_plan" {
  command = plan

  assert {
    condition     = var.packaging == "native"
    error_message = "The default packaging must be native."
  }
  assert {
    condition     = module.primary.function.runtime == "provided.al2023"
    error_message = "Native must use the provided.al2023 runtime."
  }
  assert {
    condition     = module.primary.function.handler == "bootstrap"
    error_message = "Native handler must be bootstrap."
  }
  assert {
    condition     = module.primary.function.architectures == tolist(["x86_64"])
    error_message = "Default architecture must be x86_64."
  }
  assert {
    condition     = length(module.primary.function.snap_start) == 0
    error_message = "SnapStart must not be configured for native."
  }
  assert {
    condition     = module.primary.function.publish == true
    error_message = "The function must publish versions."
  }
  assert {
    condition     = length(module.primary.alias) == 0
    error_message = "Native must not create the alias."
  }
  assert {
    condition     = module.primary.function.function_name == "music-butler-skill"
    error_message = "Function name must be <name_prefix>-skill with the default prefix music-butler."
  }
  assert {
    condition     = module.primary.function.timeout == 7 && module.primary.function.memory_size == 512
    error_message = "Native defaults must be timeout 7 s and 512 MB."
  }
  assert {
    condition     = module.primary.function.filename == "tests/fixtures/function.zip" && module.primary.function.source_code_hash == filebase64sha256("tests/fixtures/function.zip")
    error_message = "The function must deploy package_path and track its hash."
  }
  assert {
    condition     = module.primary.log_group.name == "/aws/lambda/music-butler-skill"
    error_message = "The log group must be /aws/lambda/<function name>."
  }
  assert {
    condition     = module.primary.log_group.retention_in_days == 14
    error_message = "Default log retention must be 14 days."
  }

  # Alexa trigger on the unqualified function.
  assert {
    condition     = module.primary.permission.principal == "alexa-appkit.amazon.com"
    error_message = "The trigger principal must be alexa-appkit.amazon.com."
  }
  assert {
    condition     = module.primary.permission.event_source_token == "amzn1.ask.skill.0a1b2c3d-4e5f-4a6b-8c7d-0123456789ab"
    error_message = "The trigger must be restricted to the skill id."
  }
  assert {
    condition     = module.primary.permission.action == "lambda:InvokeFunction" && module.primary.permission.function_name == "music-butler-skill"
    error_message = "The trigger must allow lambda:InvokeFunction on this function."
  }
  assert {
    condition     = module.primary.permission.qualifier == null
    error_message = "Native: the permission must be on the unqualified function (no qualifier)."
  }

  # Environment
  assert {
    condition     = nonsensitive(module.primary.function.environment[0].variables["DISABLE_SIGNAL_HANDLERS"] == "true")
    error_message = "Native must set DISABLE_SIGNAL_HANDLERS=true."
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
  assert {
    condition = nonsensitive(
      !contains(keys(module.primary.function.environment[0].variables), "SPOTIFY_API_URL") &&
      !contains(keys(module.primary.function.environment[0].variables), "SPOTIFY_ACCOUNTS_URL") &&
      !contains(keys(module.primary.function.environment[0].variables), "JAVA_TOOL_OPTIONS")
    )
    error_message = "Optional Spotify URLs must not be set by default, and native must not set JAVA_TOOL_OPTIONS."
  }
  assert {
    condition     = module.primary.function.tags == tomap({ Application = "music-butler", ManagedBy = "terraform" })
    error_message = "Default tags missing."
  }
}

run "native_apply" {
  command = apply

  assert {
    condition     = output.skill_endpoint_arn == module.primary.function.arn
    error_message = "Native: the skill endpoint must be the (unqualified) function ARN."
  }
  assert {
    condition     = output.skill_endpoint_arn == "arn:aws:lambda:eu-west-1:123456789012:function:music-butler-skill"
    error_message = "Native: unexpected skill endpoint ARN."
  }
  assert {
    condition     = jsondecode(output.skill_json_endpoint).manifest.apis.custom.endpoint.uri == output.skill_endpoint_arn
    error_message = "skill_json_endpoint must carry the endpoint ARN at manifest.apis.custom.endpoint.uri."
  }
  assert {
    condition     = output.alias_arn == null && output.alias_version == null
    error_message = "Native has no alias outputs."
  }
  assert {
    condition     = output.function_name == "music-butler-skill" && output.log_group_name == "/aws/lambda/music-butler-skill" && output.runtime == "provided.al2023"
    error_message = "Unexpected function name / log group / runtime outputs."
  }
  assert {
    condition     = module.primary.permission.qualifier == null && module.primary.permission.event_source_token == var.skill_id
    error_message = "Native permission must be unqualified and restricted to the skill."
  }

  # IAM: least privilege
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
    condition = alltrue(flatten([
      for doc in [data.aws_iam_policy_document.assume_role, module.primary.logs_policy_document] : [
        for s in doc.statement : length(coalesce(s.not_actions, [])) == 0 && s.effect == "Allow"
      ]
    ]))
    error_message = "Policies must only use explicit Allow + actions (no NotAction)."
  }
  assert {
    condition     = toset(module.primary.logs_policy_document.statement[0].actions) == toset(["logs:CreateLogStream", "logs:PutLogEvents"])
    error_message = "The role may only create log streams and put log events."
  }
  assert {
    condition     = tolist(module.primary.logs_policy_document.statement[0].resources) == tolist(["${module.primary.log_group.arn}:*"])
    error_message = "The role may only write to its own log group."
  }
  assert {
    condition     = length(module.primary.logs_policy_document.statement) == 1
    error_message = "The log policy must have exactly one statement."
  }
  assert {
    condition = (
      tolist(data.aws_iam_policy_document.assume_role.statement[0].actions) == tolist(["sts:AssumeRole"]) &&
      tolist(tolist(data.aws_iam_policy_document.assume_role.statement[0].principals)[0].identifiers) == tolist(["lambda.amazonaws.com"])
    )
    error_message = "Only the Lambda service may assume the role."
  }
  assert {
    condition     = module.primary.logs_policy.policy == module.primary.logs_policy_document.json && module.primary.logs_policy.role == aws_iam_role.this.id
    error_message = "The log policy must be attached to the function's role."
  }
  assert {
    condition     = aws_iam_role.this.assume_role_policy == data.aws_iam_policy_document.assume_role.json && module.primary.function.role == aws_iam_role.this.arn
    error_message = "The function must run with the module's role."
  }
}

run "native_arm64_and_settings" {
  command = plan

  variables {
    architecture          = "arm64"
    memory_size           = 256
    timeout               = 5
    log_level             = "DEBUG"
    log_retention_in_days = 30
    name_prefix           = "mb-test"
    spotify_api_url       = "https://spotify-mock.example.com/v1"
    spotify_accounts_url  = "https://accounts-mock.example.com"
    tags                  = { Owner = "me", ManagedBy = "someone-else" }
  }

  assert {
    condition     = module.primary.function.architectures == tolist(["arm64"])
    error_message = "The architecture variable must reach the function."
  }
  assert {
    condition     = module.primary.function.memory_size == 256 && module.primary.function.timeout == 5
    error_message = "memory_size and timeout must reach the function."
  }
  assert {
    condition     = module.primary.log_group.retention_in_days == 30 && module.primary.log_group.name == "/aws/lambda/mb-test-skill"
    error_message = "Retention and name prefix must reach the log group."
  }
  assert {
    condition     = module.primary.function.function_name == "mb-test-skill" && aws_iam_role.this.name == "mb-test-skill-exec"
    error_message = "name_prefix must be used for function and role."
  }
  assert {
    condition = nonsensitive(
      module.primary.function.environment[0].variables["SPOTIFY_API_URL"] == "https://spotify-mock.example.com/v1" &&
      module.primary.function.environment[0].variables["SPOTIFY_ACCOUNTS_URL"] == "https://accounts-mock.example.com" &&
      module.primary.function.environment[0].variables["QUARKUS_LOG_LEVEL"] == "DEBUG" &&
      module.primary.function.environment[0].variables["DISABLE_SIGNAL_HANDLERS"] == "true"
    )
    error_message = "Given Spotify URLs and log level must be passed to the function."
  }
  assert {
    condition     = module.primary.function.tags == tomap({ Application = "music-butler", ManagedBy = "someone-else", Owner = "me" })
    error_message = "User tags must be merged over the default tags."
  }
}
