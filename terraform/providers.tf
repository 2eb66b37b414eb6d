# One provider per AWS region the function can run in (README, Alexa regions).
# Terraform cannot create providers in a loop, so there is one block per Alexa
# region; the default one is the home region var.region. A provider whose region
# is not deployed to manages nothing.
#
# offline_plan = true: a plan without AWS credentials or network access
# (README, Offline dry run). Placeholder keys and none of the provider's
# start-up calls (STS for the account, the EC2 metadata service); an apply
# stops at the first AWS call instead of retrying.

locals {
  offline = {
    access_key                  = var.offline_plan ? "offline-plan-placeholder" : null
    secret_key                  = var.offline_plan ? "offline-plan-placeholder" : null
    skip_credentials_validation = var.offline_plan
    skip_requesting_account_id  = var.offline_plan
    skip_metadata_api_check     = var.offline_plan
    max_retries                 = var.offline_plan ? 0 : null
  }
}

provider "aws" {
  region = var.region

  access_key                  = local.offline.access_key
  secret_key                  = local.offline.secret_key
  skip_credentials_validation = local.offline.skip_credentials_validation
  skip_requesting_account_id  = local.offline.skip_requesting_account_id
  skip_metadata_api_check     = local.offline.skip_metadata_api_check
  max_retries                 = local.offline.max_retries
}

provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  access_key                  = local.offline.access_key
  secret_key                  = local.offline.secret_key
  skip_credentials_validation = local.offline.skip_credentials_validation
  skip_requesting_account_id  = local.offline.skip_requesting_account_id
  skip_metadata_api_check     = local.offline.skip_metadata_api_check
  max_retries                 = local.offline.max_retries
}

provider "aws" {
  alias  = "eu_west_1"
  region = "eu-west-1"

  access_key                  = local.offline.access_key
  secret_key                  = local.offline.secret_key
  skip_credentials_validation = local.offline.skip_credentials_validation
  skip_requesting_account_id  = local.offline.skip_requesting_account_id
  skip_metadata_api_check     = local.offline.skip_metadata_api_check
  max_retries                 = local.offline.max_retries
}

provider "aws" {
  alias  = "us_west_2"
  region = "us-west-2"

  access_key                  = local.offline.access_key
  secret_key                  = local.offline.secret_key
  skip_credentials_validation = local.offline.skip_credentials_validation
  skip_requesting_account_id  = local.offline.skip_requesting_account_id
  skip_metadata_api_check     = local.offline.skip_metadata_api_check
  max_retries                 = local.offline.max_retries
}
