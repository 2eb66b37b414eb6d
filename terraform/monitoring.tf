# ---------------------------------------------------------------------------
# Alarms (one set per region, modules/region/alarms.tf) and one dashboard (in
# the home region, showing every region). README, Alarms and dashboard; what
# each alarm means and what to do: README, Alarms.
#
# The function writes its own metrics as CloudWatch Embedded Metric Format
# records: namespace MusicButler, dimension sets [Function], [Function, Intent],
# [Function, Outcome]; metrics Requests, Latency, ColdStart, SpotifyCalls,
# SpotifyLatency, SpotifyFailures, LinkPrompts, AppTokenFetches.
# ---------------------------------------------------------------------------

variable "create_alarms" {
  description = "Create the CloudWatch alarms <function name>-errors, -throttles, -duration, -spotify-failures and -link-prompts in every region (README, Alarms)."
  type        = bool
  default     = true
  nullable    = false
}

variable "create_dashboard" {
  description = "Create the CloudWatch dashboard <function name> in the home region, with every region's metrics."
  type        = bool
  default     = true
  nullable    = false
}

variable "alarm_email" {
  description = "E-mail address to notify when an alarm goes off or back to OK: creates the SNS topic <function name>-alarms with an e-mail subscription in every region (each sends one confirmation mail to accept). null = alarms without notification (see them in the console or the dashboard)."
  type        = string
  default     = null

  validation {
    condition     = var.alarm_email == null ? true : can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.alarm_email))
    error_message = "The alarm_email must be one e-mail address such as ops@example.com, or null."
  }
}

variable "alarm_period" {
  description = "Seconds over which each alarm sums (or takes the 99th percentile of) its metric. 300 = 5 minutes; for a skill with few listeners a longer period (3600) lets the share alarms see enough requests."
  type        = number
  default     = 300

  validation {
    condition     = var.alarm_period >= 60 && var.alarm_period <= 86400 && var.alarm_period % 60 == 0
    error_message = "The alarm_period must be a multiple of 60 seconds between 60 and 86400."
  }
}

variable "alarm_evaluation_periods" {
  description = "How many periods in a row the duration and share alarms must be breached before they go off (errors and throttles go off in the first period). alarm_period * this must not exceed one day."
  type        = number
  default     = 3

  validation {
    condition     = var.alarm_evaluation_periods >= 1 && var.alarm_evaluation_periods <= 24 && floor(var.alarm_evaluation_periods) == var.alarm_evaluation_periods
    error_message = "The alarm_evaluation_periods must be a whole number between 1 and 24."
  }
}

variable "alarm_duration_p99_ms" {
  description = "Alarm <function name>-duration goes off when the 99th percentile of Lambda's Duration reaches this many milliseconds. Alexa waits about 8 s for an answer; the default leaves 2 s."
  type        = number
  default     = 6000

  validation {
    condition     = var.alarm_duration_p99_ms >= 100 && var.alarm_duration_p99_ms < 8000
    error_message = "The alarm_duration_p99_ms must be at least 100 and below 8000 (Alexa gives up after about 8 s)."
  }
}

variable "alarm_spotify_failure_percent" {
  description = "Alarm <function name>-spotify-failures goes off when more than this share (in %) of the requests ended in a Spotify failure (SpotifyFailures / Requests)."
  type        = number
  default     = 20

  validation {
    condition     = var.alarm_spotify_failure_percent > 0 && var.alarm_spotify_failure_percent < 100
    error_message = "The alarm_spotify_failure_percent must be above 0 and below 100."
  }
}

variable "alarm_link_prompt_percent" {
  description = "Alarm <function name>-link-prompts goes off when more than this share (in %) of the requests were answered by asking to link or re-link Spotify (LinkPrompts / Requests). New listeners are asked once, so a share that stays high means Spotify refuses the skill's tokens."
  type        = number
  default     = 50

  validation {
    condition     = var.alarm_link_prompt_percent > 0 && var.alarm_link_prompt_percent < 100
    error_message = "The alarm_link_prompt_percent must be above 0 and below 100."
  }
}

variable "alarm_minimum_requests" {
  description = "The share alarms (spotify-failures, link-prompts) count a period only when at least this many requests came in; below it the share counts as 0."
  type        = number
  default     = 5

  validation {
    condition     = var.alarm_minimum_requests >= 1 && floor(var.alarm_minimum_requests) == var.alarm_minimum_requests
    error_message = "The alarm_minimum_requests must be a whole number of at least 1."
  }
}

locals {
  alarms = !var.create_alarms ? null : {
    period                    = var.alarm_period
    evaluation_periods        = var.alarm_evaluation_periods
    duration_p99_threshold_ms = var.alarm_duration_p99_ms
    spotify_failure_percent   = var.alarm_spotify_failure_percent
    link_prompt_percent       = var.alarm_link_prompt_percent
    minimum_requests          = var.alarm_minimum_requests
    email                     = var.alarm_email
  }

  # ---- dashboard: one block of widgets per region, the home region first ----
  dashboard_regions = concat([var.region], [for r in local.regions : r if r != var.region])
  dashboard_period  = 300
  fn                = local.function_name

  region_widgets = {
    for r in local.dashboard_regions : r => concat(
      [
        {
          type = "metric"
          properties = {
            title   = "Requests by outcome (${r})"
            region  = r
            view    = "timeSeries"
            stacked = true
            stat    = "Sum"
            period  = local.dashboard_period
            metrics = [[{ expression = "SEARCH('{MusicButler,Function,Outcome} MetricName=\"Requests\" Function=\"${local.fn}\"', 'Sum', ${local.dashboard_period})", id = "outcomes", label = "" }]]
          }
        },
        {
          type = "metric"
          properties = {
            title   = "Requests by intent (${r})"
            region  = r
            view    = "timeSeries"
            stacked = true
            stat    = "Sum"
            period  = local.dashboard_period
            metrics = [[{ expression = "SEARCH('{MusicButler,Function,Intent} MetricName=\"Requests\" Function=\"${local.fn}\"', 'Sum', ${local.dashboard_period})", id = "intents", label = "" }]]
          }
        },
        {
          type = "metric"
          properties = {
            title  = "Spotify failures and link prompts, % of requests (${r})"
            region = r
            view   = "timeSeries"
            period = local.dashboard_period
            yAxis  = { left = { min = 0, max = 100 } }
            metrics = [
              [{ expression = "IF(requests > 0, 100 * failures / requests, 0)", id = "failureshare", label = "Spotify failures %" }],
              [{ expression = "IF(requests > 0, 100 * prompts / requests, 0)", id = "promptshare", label = "Link prompts %" }],
              ["MusicButler", "SpotifyFailures", "Function", local.fn, { id = "failures", stat = "Sum", visible = false }],
              ["MusicButler", "LinkPrompts", "Function", local.fn, { id = "prompts", stat = "Sum", visible = false }],
              ["MusicButler", "Requests", "Function", local.fn, { id = "requests", stat = "Sum", visible = false }],
            ]
            annotations = {
              horizontal = var.create_alarms ? [
                { label = "spotify-failures alarm", value = var.alarm_spotify_failure_percent },
                { label = "link-prompts alarm", value = var.alarm_link_prompt_percent },
              ] : []
            }
          }
        },
        {
          type = "metric"
          properties = {
            title  = "Latency, ms (${r})"
            region = r
            view   = "timeSeries"
            period = local.dashboard_period
            metrics = [
              ["MusicButler", "Latency", "Function", local.fn, { stat = "p50", label = "handler p50" }],
              ["MusicButler", "Latency", "Function", local.fn, { stat = "p99", label = "handler p99" }],
              ["AWS/Lambda", "Duration", "FunctionName", local.fn, { stat = "p99", label = "Lambda Duration p99" }],
              ["AWS/Lambda", "Duration", "FunctionName", local.fn, { stat = "Maximum", label = "Lambda Duration max" }],
            ]
            annotations = {
              horizontal = concat(
                [{ label = "Alexa gives up", value = 8000 }],
                var.create_alarms ? [{ label = "duration alarm", value = var.alarm_duration_p99_ms }] : [],
              )
            }
          }
        },
        {
          type = "metric"
          properties = {
            title  = "Spotify calls (${r})"
            region = r
            view   = "timeSeries"
            period = local.dashboard_period
            metrics = [
              ["MusicButler", "SpotifyCalls", "Function", local.fn, { id = "calls", stat = "Sum", label = "calls" }],
              ["MusicButler", "SpotifyLatency", "Function", local.fn, { id = "spent", stat = "Sum", visible = false }],
              [{ expression = "IF(calls > 0, spent / calls, 0)", id = "percall", label = "ms per call", yAxis = "right" }],
            ]
          }
        },
        {
          type = "metric"
          properties = {
            title  = "Cold starts and app-token fetches (${r})"
            region = r
            view   = "timeSeries"
            period = local.dashboard_period
            stat   = "Sum"
            metrics = [
              ["MusicButler", "ColdStart", "Function", local.fn, { label = "cold starts" }],
              ["MusicButler", "AppTokenFetches", "Function", local.fn, { label = "app-token fetches" }],
            ]
          }
        },
        {
          type = "metric"
          properties = {
            title  = "Lambda invocations, errors, throttles (${r})"
            region = r
            view   = "timeSeries"
            period = local.dashboard_period
            stat   = "Sum"
            metrics = [
              ["AWS/Lambda", "Invocations", "FunctionName", local.fn],
              ["AWS/Lambda", "Errors", "FunctionName", local.fn],
              ["AWS/Lambda", "Throttles", "FunctionName", local.fn],
            ]
          }
        },
      ],
      var.create_alarms ? [
        {
          type = "alarm"
          properties = {
            title  = "Alarms (${r})"
            alarms = [for a in values(local.deployed[r].alarms) : a.arn]
          }
        },
      ] : [],
    )
  }

  # Rows of three widgets (8 of 24 columns, 6 high) under a title per region.
  region_block_height = 1 + 6 * ceil(8 / 3)
  dashboard_widgets = flatten([
    for i, r in local.dashboard_regions : concat(
      [{
        type       = "text"
        x          = 0
        y          = i * local.region_block_height
        width      = 24
        height     = 1
        properties = { markdown = "## ${r}${r == var.region ? " (home region)" : ""}: ${local.fn}, log group /aws/lambda/${local.fn}" }
      }],
      [for j, w in local.region_widgets[r] : merge(w, {
        x      = (j % 3) * 8
        y      = i * local.region_block_height + 1 + floor(j / 3) * 6
        width  = 8
        height = 6
      })],
    )
  ])
}

resource "aws_cloudwatch_dashboard" "this" {
  count = var.create_dashboard ? 1 : 0

  dashboard_name = local.function_name
  dashboard_body = jsonencode({ widgets = local.dashboard_widgets })
}
