# Shared mock data for mock_provider "aws" { source = "./tests/mocks" }.
# A mocked provider invents random strings for computed attributes; the real
# provider schema still validates values (policy JSON, ARNs, version numbers),
# so those attributes get valid, realistic values here.

mock_data "aws_iam_policy_document" {
  defaults = {
    # Only needs to be valid JSON for aws_iam_role / aws_iam_role_policy; the
    # tests assert on the statement blocks that produce the real document.
    json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
  }
}

mock_resource "aws_cloudwatch_log_group" {
  defaults = {
    arn = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/music-butler-skill"
  }
}

mock_resource "aws_iam_role" {
  defaults = {
    arn = "arn:aws:iam::123456789012:role/music-butler-skill-exec"
    id  = "music-butler-skill-exec"
  }
}

mock_resource "aws_lambda_function" {
  defaults = {
    arn                  = "arn:aws:lambda:eu-west-1:123456789012:function:music-butler-skill"
    qualified_arn        = "arn:aws:lambda:eu-west-1:123456789012:function:music-butler-skill:3"
    invoke_arn           = "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:music-butler-skill/invocations"
    qualified_invoke_arn = "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:music-butler-skill:3/invocations"
    version              = "3"
  }
}

mock_resource "aws_lambda_alias" {
  defaults = {
    arn        = "arn:aws:lambda:eu-west-1:123456789012:function:music-butler-skill:live"
    invoke_arn = "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:music-butler-skill:live/invocations"
  }
}

mock_resource "aws_sns_topic" {
  defaults = {
    arn = "arn:aws:sns:eu-west-1:123456789012:music-butler-skill-alarms"
  }
}

mock_resource "aws_cloudwatch_metric_alarm" {
  defaults = {
    arn = "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:music-butler-skill"
  }
}
