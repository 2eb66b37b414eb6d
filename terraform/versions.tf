terraform {
  # The module itself needs Terraform >= 1.6. Its offline tests (tests/*.tftest.hcl)
  # use mock_provider, which needs Terraform >= 1.7; check.sh checks that.
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 5.100 is the last 5.x release. It knows the runtimes provided.al2023 and
      # java21, but not java25 (that needs hashicorp/aws >= 6.20, see README).
      # From 5.51 on, source_code_hash only triggers an update (package.tf).
      version = "~> 5.100"
    }
  }
}
