# Alarms and the dashboard (README, Alarms): on by default, off by variable,
# with an optional SNS e-mail topic; built on the function's EMF metrics
# (namespace MusicButler, dimension Function) and AWS/Lambda's own.

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
  packaging             = "native"
  package_path          = "tests/fixtures/function.zip"
}

run "alarms_and_dashboard_by_default" {
  command = apply

  assert {
    condition     = output.alarm_names == sort(["music-butler-skill-errors", "music-butler-skill-throttles", "music-butler-skill-duration", "music-butler-skill-spotify-failures", "music-butler-skill-link-prompts"])
    error_message = "Five alarms named <function name>-errors, -throttles, -duration, -spotify-failures, -link-prompts (docs/operating.md links them)."
  }
  assert {
    condition = (
      module.primary.alarms["errors"].namespace == "AWS/Lambda" && module.primary.alarms["errors"].metric_name == "Errors" &&
      module.primary.alarms["errors"].dimensions["FunctionName"] == "music-butler-skill" && module.primary.alarms["errors"].threshold == 1 &&
      module.primary.alarms["throttles"].metric_name == "Throttles" && module.primary.alarms["throttles"].threshold == 1
    )
    error_message = "Errors and throttles: AWS/Lambda's Sum for this function, from the first one."
  }
  assert {
    condition     = module.primary.alarms["duration"].metric_name == "Duration" && module.primary.alarms["duration"].extended_statistic == "p99" && module.primary.alarms["duration"].threshold == 6000
    error_message = "Duration: p99 at 6000 ms, 2 s before Alexa gives up."
  }
  assert {
    condition = alltrue([for name, metric in { spotify-failures = "SpotifyFailures", link-prompts = "LinkPrompts" } : (
      length([for q in module.primary.alarms[name].metric_query : q if q.return_data == true]) == 1 &&
      [for q in module.primary.alarms[name].metric_query : q.expression if q.return_data == true][0] == "IF(requests >= 5, 100 * part / requests, 0)" &&
      toset(flatten([for q in module.primary.alarms[name].metric_query : [for m in q.metric : "${m.namespace}/${m.metric_name}/${m.dimensions["Function"]}/${m.stat}"]])) ==
      toset(["MusicButler/${metric}/music-butler-skill/Sum", "MusicButler/Requests/music-butler-skill/Sum"])
    )])
    error_message = "The share alarms divide the EMF count by Requests (namespace MusicButler, dimension Function), once enough requests came in."
  }
  assert {
    condition     = module.primary.alarms["spotify-failures"].threshold == 20 && module.primary.alarms["link-prompts"].threshold == 50
    error_message = "Default shares: 20 % Spotify failures, 50 % link prompts."
  }
  assert {
    condition     = alltrue([for a in values(module.primary.alarms) : a.treat_missing_data == "notBreaching" && length(a.alarm_actions) == 0])
    error_message = "No traffic is no alarm; without alarm_email the alarms notify nobody."
  }
  assert {
    condition     = module.primary.alarm_topic_arn == null
    error_message = "No SNS topic without alarm_email."
  }
  assert {
    condition     = output.dashboard_name == "music-butler-skill" && strcontains(aws_cloudwatch_dashboard.this[0].dashboard_body, "{MusicButler,Function,Outcome} MetricName=\\\"Requests\\\" Function=\\\"music-butler-skill\\\"")
    error_message = "One dashboard named after the function, with the requests by outcome."
  }
  assert {
    condition = toset(flatten([
      for w in jsondecode(aws_cloudwatch_dashboard.this[0].dashboard_body).widgets : [for m in try(w.properties.metrics, []) : m[1] if length(m) > 1]
    ])) == toset(["SpotifyFailures", "LinkPrompts", "Requests", "Latency", "Duration", "SpotifyCalls", "SpotifyLatency", "ColdStart", "AppTokenFetches", "Invocations", "Errors", "Throttles"])
    error_message = "The dashboard shows every metric of the contract and Lambda's own."
  }
  assert {
    condition     = length([for w in jsondecode(aws_cloudwatch_dashboard.this[0].dashboard_body).widgets : w if w.type == "alarm"]) == 1
    error_message = "The dashboard shows the alarms' states."
  }
}

run "alarm_email_creates_a_topic_the_alarms_notify" {
  command = apply

  variables {
    alarm_email = "ops@example.com"
  }

  assert {
    condition     = module.primary.alarm_topic_arn != null && alltrue([for a in values(module.primary.alarms) : a.alarm_actions == toset([module.primary.alarm_topic_arn]) && a.ok_actions == toset([module.primary.alarm_topic_arn])])
    error_message = "Every alarm notifies the topic when it goes off and when it is OK again."
  }
}

run "alarms_and_dashboard_off" {
  command = plan

  variables {
    create_alarms    = false
    create_dashboard = false
  }

  assert {
    condition     = length(module.primary.alarms) == 0 && module.primary.alarm_topic_arn == null && length(aws_cloudwatch_dashboard.this) == 0
    error_message = "create_alarms = false and create_dashboard = false create neither."
  }
}

run "alarms_in_every_region" {
  command = apply

  variables {
    regions     = ["us-east-1", "eu-west-1", "us-west-2"]
    alarm_email = "ops@example.com"
  }

  assert {
    condition     = length(module.us_east_1[0].alarms) == 5 && length(module.us_west_2[0].alarms) == 5 && module.us_east_1[0].alarm_topic_arn != null
    error_message = "Alarms and their topic are regional: every region gets its own."
  }
  assert {
    condition     = length([for w in jsondecode(aws_cloudwatch_dashboard.this[0].dashboard_body).widgets : w if try(w.properties.region, "") == "us-west-2"]) > 0
    error_message = "The one dashboard shows every region."
  }
}

run "settings_reach_the_alarms" {
  command = plan

  variables {
    alarm_period                  = 3600
    alarm_evaluation_periods      = 2
    alarm_duration_p99_ms         = 5000
    alarm_spotify_failure_percent = 10
    alarm_link_prompt_percent     = 80
    alarm_minimum_requests        = 20
  }

  assert {
    condition = (
      module.primary.alarms["duration"].period == 3600 && module.primary.alarms["duration"].evaluation_periods == 2 &&
      module.primary.alarms["duration"].threshold == 5000 && module.primary.alarms["spotify-failures"].threshold == 10 &&
      module.primary.alarms["link-prompts"].threshold == 80 &&
      strcontains([for q in module.primary.alarms["link-prompts"].metric_query : q.expression if q.return_data == true][0], "requests >= 20")
    )
    error_message = "The alarm variables must reach the alarms."
  }
}

run "rejects_a_malformed_alarm_email" {
  command = plan
  variables {
    alarm_email = "ops at example.com"
  }
  expect_failures = [var.alarm_email]
}

run "rejects_a_duration_alarm_alexa_would_not_see" {
  command = plan
  variables {
    alarm_duration_p99_ms = 8000
  }
  expect_failures = [var.alarm_duration_p99_ms]
}

run "rejects_an_alarm_period_cloudwatch_does_not_take" {
  command = plan
  variables {
    alarm_period = 90
  }
  expect_failures = [var.alarm_period]
}

run "rejects_a_share_of_100_percent" {
  command = plan
  variables {
    alarm_spotify_failure_percent = 100
  }
  expect_failures = [var.alarm_spotify_failure_percent]
}
