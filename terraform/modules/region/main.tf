locals {
  # Lambda writes to /aws/lambda/<function name>; creating it here (with
  # retention) keeps Lambda from creating an unmanaged, never-expiring one.
  log_group_name = "/aws/lambda/${var.settings.function_name}"
}

# ---------------------------------------------------------------------------
# Logs
# ---------------------------------------------------------------------------

resource "aws_cloudwatch_log_group" "this" {
  name              = local.log_group_name
  retention_in_days = var.settings.log_retention_in_days
  tags              = var.settings.tags
}

# ---------------------------------------------------------------------------
# What the shared execution role may do in this region: write its own log
# group, and read the client secret's parameter here (if there is one). Inline
# policies of the one role (IAM is global), named per region.
# ---------------------------------------------------------------------------

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

resource "aws_iam_role_policy" "logs" {
  name   = "write-own-log-group-${var.region}"
  role   = var.settings.role_name
  policy = data.aws_iam_policy_document.logs.json
}

data "aws_iam_policy_document" "client_secret" {
  count = var.client_secret_parameter_arn == null ? 0 : 1

  statement {
    sid       = "ReadSpotifyClientSecret"
    effect    = "Allow"
    actions   = ["ssm:GetParameter"]
    resources = [var.client_secret_parameter_arn]
  }

  dynamic "statement" {
    for_each = var.client_secret_kms_key_arn == null ? [] : [var.client_secret_kms_key_arn]
    content {
      sid       = "DecryptSpotifyClientSecret"
      effect    = "Allow"
      actions   = ["kms:Decrypt"]
      resources = [statement.value]

      # Only when Parameter Store decrypts this very parameter on the role's behalf.
      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = ["ssm.${var.region}.${var.settings.dns_suffix}"]
      }
      condition {
        test     = "StringEquals"
        variable = "kms:EncryptionContext:PARAMETER_ARN"
        values   = [var.client_secret_parameter_arn]
      }
    }
  }
}

resource "aws_iam_role_policy" "client_secret" {
  count = var.client_secret_parameter_arn == null ? 0 : 1

  name   = "read-spotify-client-secret-${var.region}"
  role   = var.settings.role_name
  policy = data.aws_iam_policy_document.client_secret[0].json
}

# ---------------------------------------------------------------------------
# The function
# ---------------------------------------------------------------------------

resource "aws_lambda_function" "this" {
  function_name = var.settings.function_name
  description   = var.settings.description
  role          = var.settings.role_arn

  filename = var.settings.package_path
  # hashicorp/aws >= 5.51 only compares this with the value of the last apply:
  # a new value uploads the zip and, with publish, publishes a version. The
  # root derives it from the build's inputs, not from the zip's bytes.
  source_code_hash = var.settings.source_code_hash

  runtime       = var.settings.runtime
  handler       = var.settings.handler
  architectures = [var.settings.architecture]
  memory_size   = var.settings.memory_size
  timeout       = var.settings.timeout

  # Every code/config change publishes a numbered version: SnapStart only
  # works on published versions, and the JVM alias points at one.
  publish = true

  dynamic "snap_start" {
    for_each = var.settings.is_jvm ? [1] : []
    content {
      apply_on = "PublishedVersions"
    }
  }

  environment {
    variables = var.environment
  }

  tags = var.settings.tags

  # The log group (with retention) and the permissions to write to it and to
  # read the secret must exist before the first invocation (for jvm: the
  # SnapStart snapshot's initialisation when the version is published).
  depends_on = [
    aws_cloudwatch_log_group.this,
    aws_iam_role_policy.logs,
    aws_iam_role_policy.client_secret,
  ]
}

# JVM: Alexa calls the alias, so SnapStart snapshots of a published version
# are used (the unqualified function / $LATEST has no SnapStart).
resource "aws_lambda_alias" "live" {
  count = var.settings.is_jvm ? 1 : 0

  name             = "live"
  description      = "Version the Alexa skill calls"
  function_name    = aws_lambda_function.this.function_name
  function_version = coalesce(var.settings.rollback_version, aws_lambda_function.this.version)
}

# ---------------------------------------------------------------------------
# Alexa Skills Kit trigger, restricted to this skill
# ---------------------------------------------------------------------------

resource "aws_lambda_permission" "alexa" {
  statement_id       = "AlexaSkillsKitTrigger"
  action             = "lambda:InvokeFunction"
  function_name      = aws_lambda_function.this.function_name
  qualifier          = var.settings.is_jvm ? aws_lambda_alias.live[0].name : null
  principal          = "alexa-appkit.amazon.com"
  event_source_token = var.settings.skill_id
}
