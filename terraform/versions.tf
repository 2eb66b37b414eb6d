terraform {
  # The module itself needs Terraform >= 1.6. Its offline tests (tests/*.tftest.hcl)
  # use mock_provider, which needs Terraform >= 1.7; check.sh checks that.
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 5.100 is the last 5.x release. It knows the runtimes provided.al2023 and
      # java21, but not java25 (that needs hashicorp/aws >= 6.20, see README).
      version = "~> 5.100"
    }
  }
}

provider "aws" {
  region = var.region

  # offline_plan = true: a plan without AWS credentials or network access
  # (README, Offline dry run). Placeholder keys and none of the provider's
  # start-up calls (STS for the account, the EC2 metadata service); an apply
  # stops at the first AWS call instead of retrying.
  access_key                  = var.offline_plan ? "offline-plan-placeholder" : null
  secret_key                  = var.offline_plan ? "offline-plan-placeholder" : null
  skip_credentials_validation = var.offline_plan
  skip_requesting_account_id  = var.offline_plan
  skip_metadata_api_check     = var.offline_plan
  max_retries                 = var.offline_plan ? 0 : null
}
