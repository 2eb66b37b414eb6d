# Every validated variable rejects a typical wrong value (plan only, nothing is
# created). Valid values come from the file-level variables block.

mock_provider "aws" {
  source = "./tests/mocks"
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
  skill_id              = "amzn1.ask.skill.0a1b2c3d-4e5f-4a6b-8c7d-0123456789ab"
  spotify_client_id     = "0123456789abcdef0123456789abcdef"
  spotify_client_secret = "fedcba9876543210fedcba9876543210"
  package_path          = "tests/fixtures/function.zip"
}

run "valid_baseline" {
  command = plan
}

run "rejects_skill_id_without_prefix" {
  command = plan
  variables {
    skill_id = "0a1b2c3d-4e5f-4a6b-8c7d-0123456789ab"
  }
  expect_failures = [var.skill_id]
}

run "rejects_skill_id_upper_case" {
  command = plan
  variables {
    skill_id = "amzn1.ask.skill.0A1B2C3D-4E5F-4A6B-8C7D-0123456789AB"
  }
  expect_failures = [var.skill_id]
}

run "rejects_skill_id_other_kind" {
  command = plan
  variables {
    skill_id = "amzn1.ask.account.0a1b2c3d-4e5f-4a6b-8c7d-0123456789ab"
  }
  expect_failures = [var.skill_id]
}

run "rejects_bad_architecture" {
  command = plan
  variables {
    architecture = "amd64"
  }
  expect_failures = [var.architecture]
}

run "rejects_memory_too_small" {
  command = plan
  variables {
    memory_size = 64
  }
  expect_failures = [var.memory_size]
}

run "rejects_memory_too_large" {
  command = plan
  variables {
    memory_size = 20480
  }
  expect_failures = [var.memory_size]
}

run "rejects_timeout_zero" {
  command = plan
  variables {
    timeout = 0
  }
  expect_failures = [var.timeout]
}

run "rejects_timeout_beyond_alexa" {
  command = plan
  variables {
    timeout = 30
  }
  expect_failures = [var.timeout]
}

run "rejects_bad_packaging" {
  command = plan
  variables {
    packaging = "container"
  }
  expect_failures = [var.packaging]
}

run "rejects_bad_jvm_runtime" {
  command = plan
  variables {
    packaging    = "jvm"
    package_path = "tests/fixtures/jvm/function.zip"
    jvm_runtime  = "java17"
  }
  expect_failures = [var.jvm_runtime]
}

run "rejects_java25_which_the_pinned_provider_does_not_know" {
  command = plan
  variables {
    packaging    = "jvm"
    package_path = "tests/fixtures/jvm/function.zip"
    jvm_runtime  = "java25"
  }
  expect_failures = [var.jvm_runtime]
}

run "rejects_bad_log_retention" {
  command = plan
  variables {
    log_retention_in_days = 10
  }
  expect_failures = [var.log_retention_in_days]
}

run "rejects_bad_log_level" {
  command = plan
  variables {
    log_level = "verbose"
  }
  expect_failures = [var.log_level]
}

run "rejects_bad_name_prefix" {
  command = plan
  variables {
    name_prefix = "music butler"
  }
  expect_failures = [var.name_prefix]
}

run "rejects_bad_region" {
  command = plan
  variables {
    region = "Ireland"
  }
  expect_failures = [var.region]
}

run "rejects_client_id_with_whitespace" {
  command = plan
  variables {
    spotify_client_id = "0123456789abcdef0123456789abcdef\n"
  }
  expect_failures = [var.spotify_client_id]
}

run "rejects_empty_client_secret" {
  command = plan
  variables {
    spotify_client_secret = ""
  }
  expect_failures = [var.spotify_client_secret]
}

run "rejects_spotify_url_with_trailing_slash" {
  command = plan
  variables {
    spotify_api_url = "https://api.spotify.com/v1/"
  }
  expect_failures = [var.spotify_api_url]
}

run "rejects_spotify_accounts_url_without_scheme" {
  command = plan
  variables {
    spotify_accounts_url = "accounts.spotify.com"
  }
  expect_failures = [var.spotify_accounts_url]
}

run "rejects_package_path_not_zip" {
  command = plan
  variables {
    package_path = "tests/fixtures/bootstrap"
  }
  expect_failures = [var.package_path]
}

run "rejects_rollback_to_latest" {
  command = plan
  variables {
    packaging        = "jvm"
    rollback_version = "$LATEST"
  }
  expect_failures = [var.rollback_version]
}

# Preconditions on the function
run "rejects_missing_zip" {
  command = plan
  variables {
    package_path = "tests/fixtures/does-not-exist.zip"
  }
  expect_failures = [aws_iam_role.this]
}

run "rejects_rollback_for_native" {
  command = plan
  variables {
    rollback_version = "2"
  }
  expect_failures = [aws_iam_role.this]
}
