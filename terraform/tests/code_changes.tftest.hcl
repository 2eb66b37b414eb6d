# Deploy only what changed (README, Updating): the code is identified by
# function.zip.json's inputs_sha256, the hash of the build's inputs, not by the
# zip's bytes. tests/fixtures/rebuild/ holds three builds that
# src/build/FinishFunctionZip.java described with their inputs: first and second
# are two builds of one commit (their zips differ in a generated class, as two
# Quarkus 3.34 builds do), changed is a build after a one-byte change of a
# source. Each lands at the same path, as builds land at target/function.zip.

mock_provider "aws" {
  source = "./tests/mocks"
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
  packaging             = "jvm"
  package_path          = "tests/.rebuild/function.zip"
}

run "first_build" {
  module {
    source = "./tests/setup"
  }
  variables {
    build = "tests/fixtures/rebuild/first"
  }
}

run "deploy_the_first_build" {
  command = apply

  assert {
    condition     = nonsensitive(module.primary.function.source_code_hash) == base64sha256(jsondecode(file("tests/fixtures/rebuild/first/function.zip.json")).inputs_sha256)
    error_message = "source_code_hash must be the base64 SHA-256 of the build's inputs_sha256, not of the zip."
  }
  assert {
    condition     = nonsensitive(module.primary.function.source_code_hash) != filebase64sha256("tests/fixtures/rebuild/first/function.zip")
    error_message = "The zip's own bytes must not identify the code when the build's inputs are known."
  }
}

run "second_build_of_the_same_commit" {
  module {
    source = "./tests/setup"
  }
  variables {
    build = "tests/fixtures/rebuild/second"
  }
}

run "a_rebuild_of_the_same_commit_plans_no_change" {
  command = plan

  assert {
    condition     = filesha256(var.package_path) != filesha256("tests/fixtures/rebuild/first/function.zip")
    error_message = "The second build's zip must differ from the first's, or this test proves nothing."
  }
  assert {
    condition     = nonsensitive(module.primary.function.source_code_hash) == nonsensitive(run.deploy_the_first_build.source_code_hash)
    error_message = "Two builds of one commit have one inputs_sha256: the function's code must be unchanged."
  }
  # An update of the function would publish a version, unknown until applied:
  # a known, unchanged version means the plan leaves the function alone.
  assert {
    condition     = output.published_version == run.deploy_the_first_build.published_version && output.alias_version == run.deploy_the_first_build.alias_version
    error_message = "A rebuild of the same commit must not publish a new version (nor move the alias live)."
  }
}

run "build_after_a_one_byte_source_change" {
  module {
    source = "./tests/setup"
  }
  variables {
    build = "tests/fixtures/rebuild/changed"
  }
}

run "a_changed_source_deploys" {
  command = plan

  assert {
    condition     = nonsensitive(module.primary.function.source_code_hash) == base64sha256(jsondecode(file("tests/fixtures/rebuild/changed/function.zip.json")).inputs_sha256)
    error_message = "A build with other inputs must get a new source_code_hash."
  }
  assert {
    condition     = nonsensitive(module.primary.function.source_code_hash) != nonsensitive(run.deploy_the_first_build.source_code_hash)
    error_message = "A changed source must change the code's identity, so the provider uploads the zip and publishes a version."
  }
}

run "a_zip_described_without_inputs_is_identified_by_its_bytes" {
  command = plan

  variables {
    package_path = "tests/fixtures/jvm/function.zip"
  }

  assert {
    condition     = nonsensitive(module.primary.function.source_code_hash) == filebase64sha256("tests/fixtures/jvm/function.zip")
    error_message = "Without inputs_sha256 (a zip from elsewhere), the zip's bytes identify the code."
  }
}
