# The offline dry run (README, Offline dry run): the real hashicorp/aws
# provider, not a mock, plans the whole module with offline_plan = true and the
# placeholders of examples/offline-plan.tfvars, without AWS credentials and
# without network access (check.sh installs the provider from a local mirror
# and nothing here may reach AWS).

variables {
  offline_plan          = true
  skill_id              = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
  spotify_client_id     = "0123456789abcdef0123456789abcdef"
  spotify_client_secret = "placeholder"
  packaging             = "jvm"
  package_path          = "tests/fixtures/jvm/function.zip"
}

run "plans_everything_without_aws_credentials" {
  command = plan

  assert {
    condition     = module.primary.function.function_name == "music-butler-skill" && module.primary.function.runtime == "java21"
    error_message = "The offline plan must show the function as it would be created."
  }
  assert {
    condition     = length(module.primary.alias) == 1 && module.primary.permission.qualifier == "live"
    error_message = "The offline plan must show the alias and the Alexa trigger."
  }
  assert {
    condition     = aws_iam_role.this.name == "music-butler-skill-exec" && module.primary.log_group.name == "/aws/lambda/music-butler-skill"
    error_message = "The offline plan must show the role and the log group."
  }
  assert {
    condition     = jsondecode(data.aws_iam_policy_document.assume_role.json).Statement[0].Principal.Service == "lambda.amazonaws.com"
    error_message = "The real provider (not a mock) must render the role's trust policy offline."
  }
}
