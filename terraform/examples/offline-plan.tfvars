# See everything `terraform apply` would create, without an AWS account, AWS
# credentials or network access to AWS (README, Offline dry run). From the
# repository root, after a build (./mvnw package):
#
#   terraform -chdir=terraform init
#   terraform -chdir=terraform plan -var-file=examples/offline-plan.tfvars
#
# Values here win over terraform.tfvars and TF_VAR_*; give real ones with -var
# (e.g. -var packaging=native after ./mvnw package -Dnative).

offline_plan = true

# Placeholders in the shape the validations ask for; nothing here is real.
skill_id              = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
spotify_client_id     = "0123456789abcdef0123456789abcdef"
spotify_client_secret = "placeholder"

# ./mvnw package builds the JVM zip, the one build that needs no GraalVM.
packaging = "jvm"
