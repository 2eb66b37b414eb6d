# A build landing at the place the module deploys from, as ./mvnw package puts
# every build at target/function.zip: copies a fixture build (zip and
# function.zip.json) to tests/.rebuild/ (gitignored). Used by
# code_changes.tftest.hcl between plans of the module; needs nothing but a shell.

variable "build" {
  description = "Folder of a fixture build under tests/fixtures."
  type        = string
}

resource "terraform_data" "build" {
  triggers_replace = [var.build, filesha256("${var.build}/function.zip")]

  provisioner "local-exec" {
    command = "mkdir -p tests/.rebuild && cp '${var.build}/function.zip' '${var.build}/function.zip.json' tests/.rebuild/"
  }
}
