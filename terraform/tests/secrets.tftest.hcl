# The Spotify client secret from Parameter Store (spotify_client_secret_parameter)
# or, for a quick start, from the variable spotify_client_secret: exactly one.
# Offline: the AWS provider is mocked.

mock_provider "aws" {
  source = "./tests/mocks"

  mock_data "aws_caller_identity" {
    defaults = {
      account_id = "123456789012"
    }
  }

  mock_data "aws_partition" {
    defaults = {
      partition  = "aws"
      dns_suffix = "amazonaws.com"
    }
  }
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
  skill_id                        = "amzn1.ask.skill.0a1b2c3d-4e5f-4a6b-8c7d-0123456789ab"
  spotify_client_id               = "0123456789abcdef0123456789abcdef"
  spotify_client_secret_parameter = "/music-butler/spotify-client-secret"
  package_path                    = "tests/fixtures/function.zip"
}

run "parameter_keeps_the_secret_out_of_terraform" {
  command = plan

  assert {
    condition     = var.spotify_client_secret == null
    error_message = "This deployment gives Terraform no secret at all."
  }
  assert {
    condition     = !contains(keys(module.primary.function.environment[0].variables), "SPOTIFY_CLIENT_SECRET")
    error_message = "With a parameter, the function's environment must not hold SPOTIFY_CLIENT_SECRET."
  }
  assert {
    condition     = module.primary.function.environment[0].variables["SPOTIFY_CLIENT_SECRET_PARAMETER"] == "/music-butler/spotify-client-secret"
    error_message = "The function must get the parameter's name as SPOTIFY_CLIENT_SECRET_PARAMETER."
  }
  assert {
    condition = toset(keys(module.primary.function.environment[0].variables)) == toset([
      "ALEXA_SKILL_ID", "SPOTIFY_CLIENT_ID", "SPOTIFY_CLIENT_SECRET_PARAMETER", "QUARKUS_LOG_LEVEL", "DISABLE_SIGNAL_HANDLERS",
    ])
    error_message = "Unexpected environment variables for a native function reading its secret from Parameter Store."
  }
  assert {
    condition     = local.client_secret_parameter_arn == "arn:aws:ssm:eu-west-1:123456789012:parameter/music-butler/spotify-client-secret"
    error_message = "A parameter name must become the ARN of the parameter in the function's account and region."
  }

  # The role may read exactly this one parameter, and nothing else.
  assert {
    condition     = length(module.primary.client_secret_policy_document[0].statement) == 1
    error_message = "With the AWS managed key, the policy needs exactly one statement (no kms:Decrypt)."
  }
  assert {
    condition     = tolist(module.primary.client_secret_policy_document[0].statement[0].actions) == tolist(["ssm:GetParameter"])
    error_message = "The role may only call ssm:GetParameter."
  }
  assert {
    condition     = tolist(module.primary.client_secret_policy_document[0].statement[0].resources) == tolist(["arn:aws:ssm:eu-west-1:123456789012:parameter/music-butler/spotify-client-secret"])
    error_message = "The role may read exactly one parameter: the client secret's."
  }
  assert {
    condition = alltrue(flatten([
      for s in module.primary.client_secret_policy_document[0].statement : [
        for value in concat(tolist(s.actions), tolist(s.resources)) : !strcontains(value, "*")
      ]
    ]))
    error_message = "No wildcard in the client secret policy's actions or resources."
  }
  assert {
    condition     = module.primary.client_secret_policy_document[0].statement[0].effect == "Allow" && length(coalesce(module.primary.client_secret_policy_document[0].statement[0].not_resources, [])) == 0
    error_message = "The policy must allow explicitly listed resources only (no NotResource)."
  }
}

run "parameter_apply" {
  command = apply

  assert {
    condition     = module.primary.client_secret_policy[0].role == aws_iam_role.this.id && module.primary.client_secret_policy[0].policy == module.primary.client_secret_policy_document[0].json
    error_message = "The client secret policy must be attached to the function's role."
  }
  assert {
    condition     = output.spotify_client_secret_parameter_arn == "arn:aws:ssm:eu-west-1:123456789012:parameter/music-butler/spotify-client-secret"
    error_message = "The output must name the parameter the role may read."
  }
  assert {
    condition     = !contains(keys(module.primary.function.environment[0].variables), "SPOTIFY_CLIENT_SECRET")
    error_message = "The applied function must not hold the secret in its environment."
  }
}

run "parameter_arn_is_used_as_given" {
  command = plan

  variables {
    spotify_client_secret_parameter = "arn:aws:ssm:eu-west-1:210987654321:parameter/shared/spotify-client-secret"
  }

  assert {
    condition     = tolist(module.primary.client_secret_policy_document[0].statement[0].resources) == tolist([var.spotify_client_secret_parameter])
    error_message = "A parameter ARN (e.g. shared from another account) is the one resource the role may read."
  }
  assert {
    condition     = length(data.aws_caller_identity.current) == 0
    error_message = "With an ARN the account does not need to be looked up."
  }
  assert {
    condition     = module.primary.function.environment[0].variables["SPOTIFY_CLIENT_SECRET_PARAMETER"] == var.spotify_client_secret_parameter
    error_message = "The function must get the ARN as given."
  }
}

run "customer_managed_key_may_decrypt_only_this_parameter_through_parameter_store" {
  command = plan

  variables {
    spotify_client_secret_kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }

  assert {
    condition     = length(module.primary.client_secret_policy_document[0].statement) == 2
    error_message = "A customer managed key adds exactly one kms:Decrypt statement."
  }
  assert {
    condition = (
      tolist(module.primary.client_secret_policy_document[0].statement[1].actions) == tolist(["kms:Decrypt"]) &&
      tolist(module.primary.client_secret_policy_document[0].statement[1].resources) == tolist([var.spotify_client_secret_kms_key_arn])
    )
    error_message = "The role may decrypt with exactly the given key."
  }
  assert {
    condition = {
      for c in module.primary.client_secret_policy_document[0].statement[1].condition : c.variable => tolist(c.values)
      } == {
      "kms:ViaService"                      = tolist(["ssm.eu-west-1.amazonaws.com"])
      "kms:EncryptionContext:PARAMETER_ARN" = tolist(["arn:aws:ssm:eu-west-1:123456789012:parameter/music-butler/spotify-client-secret"])
    }
    error_message = "kms:Decrypt must be limited to Parameter Store in the function's region, for this parameter only."
  }
  assert {
    condition     = tolist(module.primary.client_secret_policy_document[0].statement[0].resources) == tolist([local.client_secret_parameter_arn])
    error_message = "Still exactly one parameter."
  }
}

run "variable_is_the_quick_start" {
  command = plan

  variables {
    spotify_client_secret_parameter = null
    spotify_client_secret           = "fedcba9876543210fedcba9876543210"
  }

  assert {
    condition     = nonsensitive(module.primary.function.environment[0].variables["SPOTIFY_CLIENT_SECRET"] == var.spotify_client_secret)
    error_message = "Without a parameter the secret reaches the function as SPOTIFY_CLIENT_SECRET."
  }
  assert {
    condition     = nonsensitive(!contains(keys(module.primary.function.environment[0].variables), "SPOTIFY_CLIENT_SECRET_PARAMETER"))
    error_message = "Without a parameter there is no SPOTIFY_CLIENT_SECRET_PARAMETER."
  }
  assert {
    condition     = length(module.primary.client_secret_policy) == 0 && length(module.primary.client_secret_policy_document) == 0
    error_message = "Without a parameter the role may read no parameter."
  }
  assert {
    condition     = local.client_secret_parameter_arn == null
    error_message = "Without a parameter there is no parameter ARN."
  }
}

run "rejects_secret_and_parameter_together" {
  command = plan
  variables {
    spotify_client_secret = "fedcba9876543210fedcba9876543210"
  }
  expect_failures = [aws_iam_role.this]
}

run "rejects_neither_secret_nor_parameter" {
  command = plan
  variables {
    spotify_client_secret_parameter = null
  }
  expect_failures = [aws_iam_role.this]
}

run "rejects_a_key_without_a_parameter" {
  command = plan
  variables {
    spotify_client_secret_parameter   = null
    spotify_client_secret             = "fedcba9876543210fedcba9876543210"
    spotify_client_secret_kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
  expect_failures = [aws_iam_role.this]
}

run "rejects_a_parameter_in_another_region" {
  command = plan
  variables {
    spotify_client_secret_parameter = "arn:aws:ssm:us-east-1:123456789012:parameter/music-butler/spotify-client-secret"
  }
  expect_failures = [aws_iam_role.this]
}

run "rejects_a_malformed_parameter_name" {
  command = plan
  variables {
    spotify_client_secret_parameter = "music butler secret"
  }
  expect_failures = [var.spotify_client_secret_parameter]
}

run "rejects_a_key_alias" {
  command = plan
  variables {
    spotify_client_secret_kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:alias/spotify"
  }
  expect_failures = [var.spotify_client_secret_kms_key_arn]
}
