# Which Alexa region's requests go to which function (README, Alexa regions).
# Alexa sends each request to the endpoint of the region the listener's Amazon
# account belongs to (NA, EU, FE) and to the default endpoint where there is none.

locals {
  regions = var.regions == null ? [var.region] : var.regions

  # The Alexa region each AWS region serves in skill.json (apis.custom.regions).
  alexa_region_of = {
    "us-east-1" = "NA"
    "eu-west-1" = "EU"
    "us-west-2" = "FE"
  }

  # Regions besides the home one (module.primary), by the module that deploys there.
  secondary = {
    for r in keys(local.alexa_region_of) : r => contains(local.regions, r) && r != var.region
  }

  deployed = merge(
    { (var.region) = module.primary },
    length(module.us_east_1) == 0 ? {} : { "us-east-1" = module.us_east_1[0] },
    length(module.eu_west_1) == 0 ? {} : { "eu-west-1" = module.eu_west_1[0] },
    length(module.us_west_2) == 0 ? {} : { "us-west-2" = module.us_west_2[0] },
  )

  endpoint_arns = { for r, m in local.deployed : r => m.endpoint_arn }

  # skill.json: the home region's function is the default endpoint; with more
  # than one region, each Alexa region gets its own.
  skill_json_custom = merge(
    { endpoint = { uri = local.endpoint_arns[var.region] } },
    length(local.regions) < 2 ? {} : {
      regions = {
        for r in local.regions : local.alexa_region_of[r] => { endpoint = { uri = local.endpoint_arns[r] } }
      }
    },
  )
}
