locals {
  is_jvm        = var.packaging == "jvm"
  function_name = "${var.name_prefix}-skill"
  # Lambda writes to /aws/lambda/<function name>; creating it here (with
  # retention) keeps Lambda from creating an unmanaged, never-expiring one.
  log_group_name = "/aws/lambda/${local.function_name}"
  package_path   = coalesce(var.package_path, "${path.module}/../target/function.zip")

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
}

# ---------------------------------------------------------------------------
# Logs
# ---------------------------------------------------------------------------

resource "aws_cloudwatch_log_group" "this" {
  name              = local.log_group_name
  retention_in_days = var.log_retention_in_days
  tags              = local.tags
}

# ---------------------------------------------------------------------------
# Execution role: may only write to its own log group
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

data "aws_iam_policy_document" "logs" {
  statement {
    sid     = "WriteOwnLogGroup"
    effect  = "Allow"
    actions = ["logs:CreateLogStream", "logs:PutLogEvents"]
    # Log streams are created by Lambda at run time with generated names, so
    # the stream part has to be a wildcard; the log group is fixed.
    # (No logs:CreateLogGroup: the group is created by Terraform.)
    resources = ["${aws_cloudwatch_log_group.this.arn}:*"]
  }
}

resource "aws_iam_role" "this" {
  name               = "${local.function_name}-exec"
  description        = "Execution role of the Alexa skill backend ${local.function_name}"
  assume_role_policy = data.aws_iam_policy_document.assume_role.json
  tags               = local.tags
}

resource "aws_iam_role_policy" "logs" {
  name   = "write-own-log-group"
  role   = aws_iam_role.this.id
  policy = data.aws_iam_policy_document.logs.json
}

# ---------------------------------------------------------------------------
# The function
# ---------------------------------------------------------------------------

resource "aws_lambda_function" "this" {
  function_name = local.function_name
  description   = "Music Butler Alexa skill backend (Quarkus, ${var.packaging})"
  role          = aws_iam_role.this.arn

  filename         = local.package_path
  source_code_hash = filebase64sha256(local.package_path)

  runtime       = local.runtime
  handler       = local.handler
  architectures = [var.architecture]
  memory_size   = local.memory_size
  timeout       = var.timeout

  # Every code/config change publishes a numbered version: SnapStart only
  # works on published versions, and the JVM alias points at one.
  publish = true

  dynamic "snap_start" {
    for_each = local.is_jvm ? [1] : []
    content {
      apply_on = "PublishedVersions"
    }
  }

  environment {
    variables = local.environment
  }

  tags = local.tags

  # The log group (with retention) and the permission to write to it must
  # exist before the first invocation.
  depends_on = [
    aws_cloudwatch_log_group.this,
    aws_iam_role_policy.logs,
    aws_iam_role_policy.client_secret,
  ]

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
      condition     = var.rollback_version == null || local.is_jvm
      error_message = "The rollback_version only applies to packaging = \"jvm\" (native is invoked unqualified; roll back by applying the previous zip, see README)."
    }
  }
}

# JVM: Alexa calls the alias, so SnapStart snapshots of a published version
# are used (the unqualified function / $LATEST has no SnapStart).
resource "aws_lambda_alias" "live" {
  count = local.is_jvm ? 1 : 0

  name             = "live"
  description      = "Version the Alexa skill calls"
  function_name    = aws_lambda_function.this.function_name
  function_version = coalesce(var.rollback_version, aws_lambda_function.this.version)
}

# ---------------------------------------------------------------------------
# Alexa Skills Kit trigger, restricted to this skill
# ---------------------------------------------------------------------------

resource "aws_lambda_permission" "alexa" {
  statement_id       = "AlexaSkillsKitTrigger"
  action             = "lambda:InvokeFunction"
  function_name      = aws_lambda_function.this.function_name
  qualifier          = local.is_jvm ? aws_lambda_alias.live[0].name : null
  principal          = "alexa-appkit.amazon.com"
  event_source_token = var.skill_id
}
