# Which build the deployment zip is. Terraform cannot look inside a zip, so the
# build describes it beside it: function.zip.json (src/build/FinishFunctionZip.java)
# says the packaging, the CPU architectures it runs on, the zip's sha256 and,
# for a zip the build made, inputs_sha256: the hash of the build's inputs. The
# function is only planned when that description belongs to this very zip and
# matches packaging and architecture (precondition in main.tf); otherwise
# package_problem says what is wrong and which command makes the right zip.

locals {
  package_manifest_path = "${local.package_path}.json"
  package_manifest      = try(jsondecode(file(local.package_manifest_path)), null)
  package_manifest_valid = try(
    local.package_manifest.format == 1 &&
    contains(["native", "jvm"], local.package_manifest.packaging) &&
    length(local.package_manifest.architectures) > 0 &&
    length(local.package_manifest.sha256) == 64 &&
    can(regex("^[0-9a-f]{64}$", try(local.package_manifest.inputs_sha256, format("%064d", 0)))),
    false
  )

  # What decides whether the code changed (README, Updating). hashicorp/aws
  # >= 5.51 (versions.tf) uses source_code_hash only as a trigger: when it
  # differs from the value of the last apply, the provider uploads the zip
  # (UpdateFunctionCode) and, with publish = true, publishes a new version; the
  # zip's own bytes are not compared. Two builds of one commit give zips with
  # other bytes (Quarkus 3.34's generated classes) but the same inputs_sha256,
  # so the hash of the inputs is the trigger; it is given in the format the
  # provider documents, base64 of a SHA-256 (Terraform cannot decode hex, so it
  # is the SHA-256 of the hex text). A zip described without inputs (one from
  # elsewhere, README, Rollback) is identified by its bytes.
  package_inputs_sha256 = try(local.package_manifest.inputs_sha256, null)
  source_code_hash = (
    local.package_inputs_sha256 != null ? base64sha256(local.package_inputs_sha256) :
    fileexists(local.package_path) ? filebase64sha256(local.package_path) : null
  )

  build_command = {
    native = "./mvnw package -Dnative (without GraalVM: ./mvnw package -Dnative -Dquarkus.native.container-build=true)"
    jvm    = "./mvnw package"
  }
  # What Lambda would do with the other kind of zip.
  mismatch_effect = {
    native = "Lambda's provided.al2023 runtime would look for a bootstrap executable that a JVM zip does not have (Runtime.InvalidEntrypoint on every request)"
    jvm    = "Lambda's Java runtime would look for the Quarkus handler class, which a native zip does not contain"
  }
  describe_command = "java src/build/FinishFunctionZip.java ${abspath(local.package_path)}"

  # The first problem found, or null. (A conditional only reports errors of the
  # branch it takes, so filesha256 of a missing zip is never an error here.)
  package_problem = (
    !fileexists(local.package_path) ?
    "No deployment zip at ${abspath(local.package_path)}. Build it first: ${local.build_command[var.packaging]}, or set package_path." :
    !fileexists(local.package_manifest_path) ?
    "No ${basename(local.package_manifest_path)} beside ${abspath(local.package_path)}: the build writes it to say which build the zip is, and the module deploys only a zip it can check against packaging and architecture. Rebuild with ${local.build_command[var.packaging]}; for a zip from elsewhere (such as an earlier version downloaded from Lambda), run from the repository root: ${local.describe_command}" :
    !local.package_manifest_valid ?
    "${abspath(local.package_manifest_path)} is not a description the build writes (format 1 with packaging, architectures, sha256 and optionally inputs_sha256). Rebuild with ${local.build_command[var.packaging]}, or run from the repository root: ${local.describe_command}" :
    local.package_manifest.sha256 != filesha256(local.package_path) ?
    "${abspath(local.package_manifest_path)} describes another zip (sha256 ${local.package_manifest.sha256}), not ${abspath(local.package_path)} (sha256 ${filesha256(local.package_path)}): the zip changed after the build. Rebuild with ${local.build_command[var.packaging]}." :
    local.package_manifest.packaging != var.packaging ?
    "${abspath(local.package_path)} is a ${local.package_manifest.packaging} build, but packaging = \"${var.packaging}\": ${local.mismatch_effect[var.packaging]}. Build the ${var.packaging} zip with ${local.build_command[var.packaging]}, or set packaging = \"${local.package_manifest.packaging}\"." :
    !contains(local.package_manifest.architectures, var.architecture) ?
    "The bootstrap in ${abspath(local.package_path)} runs on ${join(" or ", local.package_manifest.architectures)}, but architecture = \"${var.architecture}\": Lambda could not start it (exec format error). Set architecture = \"${local.package_manifest.architectures[0]}\", or build the native zip on or for ${var.architecture} (README, step 3)." :
    null
  )
}
