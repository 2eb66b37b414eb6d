# The module plans the function only for a zip the build described
# (function.zip.json beside it, written by src/build/FinishFunctionZip.java)
# and only when that description matches packaging and architecture. Each
# refusal names the build command that makes the right zip. The fixtures were
# written by the build step itself (FinishFunctionZipTest checks they still are),
# except the deliberately broken ones (stale, undescribed, not-a-manifest).

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
}

run "jvm_zip_with_packaging_jvm_plans" {
  command = plan

  variables {
    packaging    = "jvm"
    package_path = "tests/fixtures/jvm/function.zip"
  }

  assert {
    condition     = local.package_problem == null
    error_message = "A JVM zip must be accepted for packaging = \"jvm\"."
  }
  assert {
    condition     = module.primary.function.runtime == "java21" && module.primary.function.source_code_hash == filebase64sha256("tests/fixtures/jvm/function.zip")
    error_message = "The JVM zip must be planned on java21 and tracked by its hash."
  }
}

run "native_zip_with_packaging_native_plans" {
  command = plan

  variables {
    packaging    = "native"
    package_path = "tests/fixtures/function.zip"
  }

  assert {
    condition     = local.package_problem == null && module.primary.function.runtime == "provided.al2023"
    error_message = "A native zip must be accepted for packaging = \"native\"."
  }
}

run "jvm_zip_refused_for_packaging_native" {
  command = plan

  variables {
    packaging    = "native"
    package_path = "tests/fixtures/jvm/function.zip"
  }

  expect_failures = [aws_iam_role.this]

  assert {
    condition     = startswith(local.package_problem, "${abspath("tests/fixtures/jvm/function.zip")} is a jvm build, but packaging = \"native\": ")
    error_message = "The refusal must say what the zip is and what packaging asks for; it says: ${local.package_problem}"
  }
  assert {
    condition     = strcontains(local.package_problem, "Build the native zip with ./mvnw package -Dnative (without GraalVM: ./mvnw package -Dnative -Dquarkus.native.container-build=true), or set packaging = \"jvm\".")
    error_message = "The refusal must name the native build command and the packaging that fits the zip; it says: ${local.package_problem}"
  }
}

run "native_zip_refused_for_packaging_jvm" {
  command = plan

  variables {
    packaging    = "jvm"
    package_path = "tests/fixtures/function.zip"
  }

  expect_failures = [aws_iam_role.this]

  assert {
    condition     = startswith(local.package_problem, "${abspath("tests/fixtures/function.zip")} is a native build, but packaging = \"jvm\": ")
    error_message = "The refusal must say what the zip is and what packaging asks for; it says: ${local.package_problem}"
  }
  assert {
    condition     = strcontains(local.package_problem, "Build the jvm zip with ./mvnw package, or set packaging = \"native\".")
    error_message = "The refusal must name the JVM build command and the packaging that fits the zip; it says: ${local.package_problem}"
  }
}

run "arm64_bootstrap_refused_for_x86_64" {
  command = plan

  variables {
    architecture = "x86_64"
    package_path = "tests/fixtures/native-arm64/function.zip"
  }

  expect_failures = [aws_iam_role.this]

  assert {
    condition     = startswith(local.package_problem, "The bootstrap in ${abspath("tests/fixtures/native-arm64/function.zip")} runs on arm64, but architecture = \"x86_64\"")
    error_message = "The refusal must name the bootstrap's architecture; it says: ${local.package_problem}"
  }
  assert {
    condition     = strcontains(local.package_problem, "Set architecture = \"arm64\"")
    error_message = "The refusal must name the architecture that fits; it says: ${local.package_problem}"
  }
}

run "arm64_bootstrap_plans_for_arm64" {
  command = plan

  variables {
    architecture = "arm64"
    package_path = "tests/fixtures/native-arm64/function.zip"
  }

  assert {
    condition     = local.package_problem == null && module.primary.function.architectures == tolist(["arm64"])
    error_message = "An arm64 bootstrap must be accepted for architecture = \"arm64\"."
  }
}

run "zip_without_description_refused" {
  command = plan

  variables {
    package_path = "tests/fixtures/undescribed/function.zip"
  }

  expect_failures = [aws_iam_role.this]

  assert {
    condition     = startswith(local.package_problem, "No function.zip.json beside ${abspath("tests/fixtures/undescribed/function.zip")}: ")
    error_message = "A zip without description must be refused; the message says: ${local.package_problem}"
  }
  assert {
    condition     = endswith(local.package_problem, "run from the repository root: java src/build/FinishFunctionZip.java ${abspath("tests/fixtures/undescribed/function.zip")}")
    error_message = "The refusal must say how to describe a zip built elsewhere; it says: ${local.package_problem}"
  }
}

run "zip_changed_after_the_build_refused" {
  command = plan

  variables {
    packaging    = "jvm"
    package_path = "tests/fixtures/stale/function.zip"
  }

  expect_failures = [aws_iam_role.this]

  assert {
    condition = local.package_problem == join("", [
      "${abspath("tests/fixtures/stale/function.zip.json")} describes another zip (sha256 ${jsondecode(file("tests/fixtures/stale/function.zip.json")).sha256}), ",
      "not ${abspath("tests/fixtures/stale/function.zip")} (sha256 ${filesha256("tests/fixtures/stale/function.zip")}): ",
      "the zip changed after the build. Rebuild with ./mvnw package.",
    ])
    error_message = "A stale description must be refused with both hashes and the build command; the message says: ${local.package_problem}"
  }
}

run "unreadable_description_refused" {
  command = plan

  variables {
    packaging    = "jvm"
    package_path = "tests/fixtures/not-a-manifest/function.zip"
  }

  expect_failures = [aws_iam_role.this]

  assert {
    condition     = startswith(local.package_problem, "${abspath("tests/fixtures/not-a-manifest/function.zip.json")} is not a description the build writes")
    error_message = "A file that is not a description must be refused; the message says: ${local.package_problem}"
  }
}

run "missing_zip_names_the_build_command" {
  command = plan

  variables {
    packaging    = "jvm"
    package_path = "tests/fixtures/does-not-exist.zip"
  }

  expect_failures = [aws_iam_role.this]

  assert {
    condition     = local.package_problem == "No deployment zip at ${abspath("tests/fixtures/does-not-exist.zip")}. Build it first: ./mvnw package, or set package_path."
    error_message = "A missing zip must be refused with the build command for the packaging; the message says: ${local.package_problem}"
  }
}
