# An endpoint per Alexa region (README, Alexa regions): one, some or all of
# us-east-1 (NA), eu-west-1 (EU), us-west-2 (FE) in one apply, each with its
# own Alexa trigger and the same configuration. The mocked functions get each
# region's ARN, as AWS would give them.

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
  package_path          = "tests/fixtures/function.zip"
}

override_resource {
  target = module.us_east_1[0].aws_lambda_function.this
  values = { arn = "arn:aws:lambda:us-east-1:123456789012:function:music-butler-skill", version = "1" }
}

override_resource {
  target = module.us_west_2[0].aws_lambda_function.this
  values = { arn = "arn:aws:lambda:us-west-2:123456789012:function:music-butler-skill", version = "1" }
}

run "one_region_by_default" {
  command = apply

  assert {
    condition     = length(module.us_east_1) == 0 && length(module.eu_west_1) == 0 && length(module.us_west_2) == 0
    error_message = "Without regions only the home region (module.primary) is deployed."
  }
  assert {
    condition     = keys(output.regions) == ["eu-west-1"] && output.regions["eu-west-1"].alexa_region == "EU"
    error_message = "One region: eu-west-1, serving Alexa's EU."
  }
  assert {
    condition = jsondecode(output.skill_json_endpoint) == {
      manifest = { apis = { custom = { endpoint = { uri = "arn:aws:lambda:eu-west-1:123456789012:function:music-butler-skill" } } } }
    }
    error_message = "One region: skill.json gets the single endpoint and no regions."
  }
}

run "all_three_alexa_regions" {
  command = apply

  variables {
    regions = ["us-east-1", "eu-west-1", "us-west-2"]
  }

  assert {
    condition     = length(module.us_east_1) == 1 && length(module.us_west_2) == 1 && length(module.eu_west_1) == 0
    error_message = "The home region eu-west-1 is module.primary; us-east-1 and us-west-2 get their own."
  }
  assert {
    condition = jsondecode(output.skill_json_endpoint).manifest.apis.custom == {
      endpoint = { uri = "arn:aws:lambda:eu-west-1:123456789012:function:music-butler-skill" }
      regions = {
        NA = { endpoint = { uri = "arn:aws:lambda:us-east-1:123456789012:function:music-butler-skill" } }
        EU = { endpoint = { uri = "arn:aws:lambda:eu-west-1:123456789012:function:music-butler-skill" } }
        FE = { endpoint = { uri = "arn:aws:lambda:us-west-2:123456789012:function:music-butler-skill" } }
      }
    }
    error_message = "skill.json: the home region is the default endpoint, and each Alexa region has its own."
  }
  assert {
    condition = alltrue([for m in [module.primary, module.us_east_1[0], module.us_west_2[0]] :
      m.permission.principal == "alexa-appkit.amazon.com" && m.permission.event_source_token == var.skill_id && m.permission.action == "lambda:InvokeFunction"
    ])
    error_message = "Every region's function has its own Alexa trigger for this skill."
  }
  assert {
    condition = nonsensitive(alltrue([for m in [module.us_east_1[0], module.us_west_2[0]] :
      m.function.environment[0].variables == module.primary.function.environment[0].variables &&
      m.function.runtime == module.primary.function.runtime && m.function.memory_size == module.primary.function.memory_size &&
      m.function.timeout == module.primary.function.timeout && m.function.source_code_hash == module.primary.function.source_code_hash &&
      m.function.role == module.primary.function.role && m.function.function_name == "music-butler-skill"
    ]))
    error_message = "Every region runs the same code with the same configuration and the one execution role."
  }
  assert {
    condition     = toset([for m in [module.primary, module.us_east_1[0], module.us_west_2[0]] : m.logs_policy.name]) == toset(["write-own-log-group-eu-west-1", "write-own-log-group-us-east-1", "write-own-log-group-us-west-2"])
    error_message = "The role may write to each region's log group, through one policy per region."
  }
  assert {
    condition     = toset(keys(output.regions)) == toset(["us-east-1", "eu-west-1", "us-west-2"]) && output.regions["us-west-2"].alexa_region == "FE"
    error_message = "The output regions lists every region deployed to."
  }
}

run "some_regions_with_another_home" {
  command = plan

  variables {
    region  = "us-east-1"
    regions = ["us-east-1", "eu-west-1"]
  }

  assert {
    condition     = length(module.eu_west_1) == 1 && length(module.us_east_1) == 0 && length(module.us_west_2) == 0
    error_message = "Home us-east-1 is module.primary; eu-west-1 gets its own module; us-west-2 none."
  }
}

run "a_parameter_name_is_read_in_each_region" {
  command = plan

  variables {
    regions                         = ["us-east-1", "eu-west-1", "us-west-2"]
    spotify_client_secret           = null
    spotify_client_secret_parameter = "/music-butler/spotify-client-secret"
  }

  assert {
    condition = jsonencode([for m in [module.primary, module.us_east_1[0], module.us_west_2[0]] : m.client_secret_policy_document[0].statement[0].resources]) == jsonencode([
      ["arn:aws:ssm:eu-west-1:123456789012:parameter/music-butler/spotify-client-secret"],
      ["arn:aws:ssm:us-east-1:123456789012:parameter/music-butler/spotify-client-secret"],
      ["arn:aws:ssm:us-west-2:123456789012:parameter/music-butler/spotify-client-secret"],
    ])
    error_message = "Each region's function may read exactly the parameter of that name in its own region."
  }
}

run "rejects_a_home_region_outside_regions" {
  command = plan
  variables {
    region  = "eu-west-1"
    regions = ["us-east-1", "us-west-2"]
  }
  expect_failures = [aws_iam_role.this]
}

run "rejects_a_region_alexa_does_not_call" {
  command = plan
  variables {
    regions = ["eu-west-1", "eu-central-1"]
  }
  expect_failures = [var.regions]
}

run "rejects_a_region_twice" {
  command = plan
  variables {
    regions = ["eu-west-1", "eu-west-1"]
  }
  expect_failures = [var.regions]
}

run "rejects_a_parameter_arn_with_several_regions" {
  command = plan
  variables {
    regions                         = ["us-east-1", "eu-west-1"]
    spotify_client_secret           = null
    spotify_client_secret_parameter = "arn:aws:ssm:eu-west-1:123456789012:parameter/music-butler/spotify-client-secret"
  }
  expect_failures = [aws_iam_role.this]
}

run "rejects_a_customer_managed_key_with_several_regions" {
  command = plan
  variables {
    regions                           = ["us-east-1", "eu-west-1"]
    spotify_client_secret             = null
    spotify_client_secret_parameter   = "/music-butler/spotify-client-secret"
    spotify_client_secret_kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
  expect_failures = [aws_iam_role.this]
}
