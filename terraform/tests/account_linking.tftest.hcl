# The output account_linking_request is the complete request for
# `ask smapi update-account-linking-info` (README, step 7): the shape of
# account-linking.json with the Spotify app's client ID and secret, so the
# secret never has to be written into a file.

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

run "request_carries_the_apps_credentials_in_the_files_shape" {
  command = plan

  assert {
    condition = nonsensitive(jsondecode(output.account_linking_request)) == {
      accountLinkingRequest = merge(jsondecode(file("../account-linking.json")).accountLinkingRequest, {
        clientId     = "0123456789abcdef0123456789abcdef"
        clientSecret = "fedcba9876543210fedcba9876543210"
      })
    }
    error_message = "The request must be account-linking.json with the client ID and secret filled in."
  }
  assert {
    condition = (
      nonsensitive(jsondecode(output.account_linking_request)).accountLinkingRequest.type == "AUTH_CODE" &&
      nonsensitive(jsondecode(output.account_linking_request)).accountLinkingRequest.accessTokenScheme == "HTTP_BASIC" &&
      nonsensitive(jsondecode(output.account_linking_request)).accountLinkingRequest.accessTokenUrl == "https://accounts.spotify.com/api/token"
    )
    error_message = "Spotify's authorization-code grant with HTTP Basic client authentication, at Spotify's accounts service."
  }
  assert {
    condition     = !strcontains(nonsensitive(output.account_linking_request), "YOUR_SPOTIFY")
    error_message = "No placeholder of account-linking.json may be left in the request."
  }
}

run "request_uses_the_same_accounts_service_as_the_function" {
  command = plan

  variables {
    spotify_accounts_url = "https://accounts-mock.example.com"
  }

  assert {
    condition = (
      nonsensitive(jsondecode(output.account_linking_request)).accountLinkingRequest.authorizationUrl == "https://accounts-mock.example.com/authorize" &&
      nonsensitive(jsondecode(output.account_linking_request)).accountLinkingRequest.accessTokenUrl == "https://accounts-mock.example.com/api/token"
    )
    error_message = "With spotify_accounts_url, Alexa must link against the same accounts service the function calls."
  }
}
