locals {
  is_jvm        = var.packaging == "jvm"
  function_name = "${var.name_prefix}-skill"
  package_path  = coalesce(var.package_path, "${path.module}/../target/function.zip")

  runtime = local.is_jvm ? var.jvm_runtime : "provided.al2023"
  # provided.* runtimes ignore the handler and execute the zip's `bootstrap`.
  handler = local.is_jvm ? "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest" : "bootstrap"

  memory_size = coalesce(var.memory_size, local.is_jvm ? 1024 : 512)

  default_java_tool_options = {
    java21 = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"
  }
  java_tool_options = var.java_tool_options != null ? var.java_tool_options : local.default_java_tool_options[var.jvm_runtime]

  environment = merge(
    {
      ALEXA_SKILL_ID    = var.skill_id
      SPOTIFY_CLIENT_ID = var.spotify_client_id
      QUARKUS_LOG_LEVEL = var.log_level
    },
    # SPOTIFY_CLIENT_SECRET, or only the name of the parameter that holds it (secrets.tf).
    local.client_secret_environment,
    # Optional endpoints: only set when given, so the application defaults apply.
    var.spotify_api_url == null ? {} : { SPOTIFY_API_URL = var.spotify_api_url },
    var.spotify_accounts_url == null ? {} : { SPOTIFY_ACCOUNTS_URL = var.spotify_accounts_url },
    local.is_jvm ? {} : { DISABLE_SIGNAL_HANDLERS = "true" },
    local.is_jvm && local.java_tool_options != "" ? { JAVA_TOOL_OPTIONS = local.java_tool_options } : {},
  )

  tags = merge(
    {
      Application = "music-butler"
      ManagedBy   = "terraform"
    },
    var.tags,
  )

  # Everything the function is, the same in every region (modules/region).
  function_settings = {
    function_name         = local.function_name
    description           = "Music Butler Alexa skill backend (Quarkus, ${var.packaging})"
    is_jvm                = local.is_jvm
    runtime               = local.runtime
    handler               = local.handler
    architecture          = var.architecture
    memory_size           = local.memory_size
    timeout               = var.timeout
    package_path          = local.package_path
    source_code_hash      = local.source_code_hash
    rollback_version      = var.rollback_version
    skill_id              = var.skill_id
    role_name             = aws_iam_role.this.name
    role_arn              = aws_iam_role.this.arn
    log_retention_in_days = var.log_retention_in_days
    dns_suffix            = local.dns_suffix
    tags                  = local.tags
  }
}

# ---------------------------------------------------------------------------
# Execution role, one for all regions (IAM is global). Each region adds what
# its function may do there: write its own log group, read the client
# secret's parameter there (modules/region).
# ---------------------------------------------------------------------------

data "aws_iam_policy_document" "assume_role" {
  statement {
    sid     = "LambdaAssumesRole"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "this" {
  name               = "${local.function_name}-exec"
  description        = "Execution role of the Alexa skill backend ${local.function_name}"
  assume_role_policy = data.aws_iam_policy_document.assume_role.json
  tags               = local.tags

  # The first resource every region needs: a wrong setting stops the plan here,
  # before anything is created in any region.
  lifecycle {
    # The zip exists, its function.zip.json describes it, and it is the build
    # packaging and architecture ask for (package.tf).
    precondition {
      condition     = local.package_problem == null
      error_message = coalesce(local.package_problem, "The deployment zip matches packaging and architecture.")
    }
    precondition {
      condition     = (var.spotify_client_secret == null) != (var.spotify_client_secret_parameter == null)
      error_message = "Set exactly one of spotify_client_secret (quick start: the secret is then in the Terraform state and the function's environment) and spotify_client_secret_parameter (the name of a Parameter Store SecureString holding it)."
    }
    precondition {
      condition     = var.spotify_client_secret_kms_key_arn == null || var.spotify_client_secret_parameter != null
      error_message = "The spotify_client_secret_kms_key_arn only applies together with spotify_client_secret_parameter."
    }
    precondition {
      condition     = local.client_secret_parameter_problem == null
      error_message = coalesce(local.client_secret_parameter_problem, "The client secret's parameter fits the regions.")
    }
    precondition {
      condition     = var.rollback_version == null || local.is_jvm
      error_message = "The rollback_version only applies to packaging = \"jvm\" (native is invoked unqualified; roll back by applying the previous zip, see README)."
    }
    precondition {
      condition     = contains(local.regions, var.region)
      error_message = "The region (${var.region}) must be one of regions (${join(", ", local.regions)}): it is the home region, whose function is the skill's default endpoint and where the dashboard is (README, Alexa regions)."
    }
  }
}

# ---------------------------------------------------------------------------
# The function, once per region (README, Alexa regions). The home region
# var.region uses the default provider; each other Alexa region its own.
# ---------------------------------------------------------------------------

module "primary" {
  source = "./modules/region"

  region                      = var.region
  settings                    = local.function_settings
  environment                 = local.environment
  client_secret_parameter_arn = local.client_secret_parameter_arns[var.region]
  client_secret_kms_key_arn   = var.spotify_client_secret_kms_key_arn
  alarms                      = local.alarms
}

module "us_east_1" {
  source    = "./modules/region"
  count     = local.secondary["us-east-1"] ? 1 : 0
  providers = { aws = aws.us_east_1 }

  region                      = "us-east-1"
  settings                    = local.function_settings
  environment                 = local.environment
  client_secret_parameter_arn = local.client_secret_parameter_arns["us-east-1"]
  client_secret_kms_key_arn   = var.spotify_client_secret_kms_key_arn
  alarms                      = local.alarms
}

module "eu_west_1" {
  source    = "./modules/region"
  count     = local.secondary["eu-west-1"] ? 1 : 0
  providers = { aws = aws.eu_west_1 }

  region                      = "eu-west-1"
  settings                    = local.function_settings
  environment                 = local.environment
  client_secret_parameter_arn = local.client_secret_parameter_arns["eu-west-1"]
  client_secret_kms_key_arn   = var.spotify_client_secret_kms_key_arn
  alarms                      = local.alarms
}

module "us_west_2" {
  source    = "./modules/region"
  count     = local.secondary["us-west-2"] ? 1 : 0
  providers = { aws = aws.us_west_2 }

  region                      = "us-west-2"
  settings                    = local.function_settings
  environment                 = local.environment
  client_secret_parameter_arn = local.client_secret_parameter_arns["us-west-2"]
  client_secret_kms_key_arn   = var.spotify_client_secret_kms_key_arn
  alarms                      = local.alarms
}

# A deployment made before regions existed keeps its function, alias, trigger,
# log group and the secret's policy: they are the home region's now. (The two
# inline policies of the role get per-region names, so Terraform replaces them:
# a few seconds, no effect on a running function's credentials.)
moved {
  from = aws_cloudwatch_log_group.this
  to   = module.primary.aws_cloudwatch_log_group.this
}

moved {
  from = aws_lambda_function.this
  to   = module.primary.aws_lambda_function.this
}

moved {
  from = aws_lambda_alias.live
  to   = module.primary.aws_lambda_alias.live
}

moved {
  from = aws_lambda_permission.alexa
  to   = module.primary.aws_lambda_permission.alexa
}

moved {
  from = aws_iam_role_policy.logs
  to   = module.primary.aws_iam_role_policy.logs
}

moved {
  from = aws_iam_role_policy.client_secret
  to   = module.primary.aws_iam_role_policy.client_secret
}
