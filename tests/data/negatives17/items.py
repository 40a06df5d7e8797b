# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""negatives17: secret-free, person-free development texts (session 17, helper negs17), written by hand
before any detector was run on them. See README.md.
"""

from __future__ import annotations

import json

from _values import HEX, HEXU, LOWNUM, UPNUM, Gen


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def tool(name: str, args: dict[str, object], output: str) -> str:
    """An agent tool call and its result, as a transcript record prints it."""
    return dumps({"type": "tool_use", "name": name, "input": args}) + "\n" + dumps({"type": "tool_result", "content": output})


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    return []


def pii(g: Gen) -> list[tuple[str, str]]:
    return []


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"negatives17:{src}", t))

    # --- code in many languages ---------------------------------------------------------------
    add("code-py-retry", """def fetch_with_retry(client, url, attempts=5, base=0.5):
    for n in range(attempts):
        try:
            return client.get(url, timeout=10)
        except TimeoutError:
            time.sleep(base * 2 ** n)
    raise RuntimeError(f"gave up on {url} after {attempts} attempts")""")
    add("code-go-handler", """func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.db.PingContext(ctx); err != nil {
		http.Error(w, "db unavailable", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}""")
    add("code-rust-parser", """pub fn parse_header(line: &str) -> Result<(String, String), ParseError> {
    let (name, value) = line.split_once(':').ok_or(ParseError::MissingColon)?;
    let name = name.trim().to_ascii_lowercase();
    if name.is_empty() {
        return Err(ParseError::EmptyName);
    }
    Ok((name, value.trim().to_owned()))
}""")
    add("code-java-repo", """@Repository
public interface InvoiceRepository extends JpaRepository<Invoice, Long> {
    @Query("select i from Invoice i where i.status = :status and i.dueDate < :cutoff")
    List<Invoice> findOverdue(@Param("status") InvoiceStatus status, @Param("cutoff") LocalDate cutoff);

    Optional<Invoice> findByExternalRef(String externalRef);
}""")
    add("code-kotlin-viewmodel", """class CartViewModel(private val repo: CartRepository) : ViewModel() {
    private val _items = MutableStateFlow<List<CartItem>>(emptyList())
    val items: StateFlow<List<CartItem>> = _items

    fun add(sku: String, qty: Int = 1) = viewModelScope.launch {
        _items.value = repo.add(sku, qty)
    }
}""")
    add("code-csharp-options", """public sealed class StorageOptions
{
    public const string Section = "Storage";
    public string ContainerName { get; init; } = "uploads";
    public int MaxUploadMegabytes { get; init; } = 25;
    public string ConnectionStringName { get; init; } = "BlobStorage";
}

builder.Services.Configure<StorageOptions>(builder.Configuration.GetSection(StorageOptions.Section));""")
    add("code-ts-zod", """import { z } from "zod";

export const SignupSchema = z.object({
  email: z.string().email(),
  password: z.string().min(12, "Password must be at least 12 characters"),
  acceptTerms: z.literal(true),
});

export type Signup = z.infer<typeof SignupSchema>;""")
    add("code-ruby-rake", """namespace :reports do
  desc "Rebuild the monthly sales rollup"
  task rollup: :environment do
    month = ENV.fetch("MONTH") { Date.today.prev_month.strftime("%Y-%m") }
    SalesRollup.rebuild!(month)
    puts "rolled up #{month}"
  end
end""")
    add("code-php-middleware", """<?php
final class RequireApiToken
{
    public function handle(Request $request, Closure $next): Response
    {
        $token = $request->bearerToken();
        if ($token === null || !$this->tokens->isValid($token)) {
            return response()->json(['error' => 'unauthorized'], 401);
        }
        return $next($request);
    }
}""")
    add("code-elixir-genserver", """defmodule Inventory.Stock do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, %{}, opts)

  def reserve(pid, sku, qty), do: GenServer.call(pid, {:reserve, sku, qty})

  @impl true
  def handle_call({:reserve, sku, qty}, _from, state) do
    {:reply, :ok, Map.update(state, sku, -qty, &(&1 - qty))}
  end
end""")
    add("code-haskell-fold", """module Stats (mean, variance) where

mean :: [Double] -> Double
mean xs = sum xs / fromIntegral (length xs)

variance :: [Double] -> Double
variance xs = sum [(x - m) ^ 2 | x <- xs] / fromIntegral (length xs - 1)
  where m = mean xs""")
    add("code-swift-keychain", """enum KeychainError: Error { case notFound, unexpectedData, unhandled(OSStatus) }

func readToken(service: String, account: String) throws -> String {
    let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecAttrAccount as String: account,
                                kSecReturnData as String: true]
    var item: CFTypeRef?
    let status = SecItemCopyMatching(query as CFDictionary, &item)
    guard status != errSecItemNotFound else { throw KeychainError.notFound }
    guard status == errSecSuccess else { throw KeychainError.unhandled(status) }
    guard let data = item as? Data, let token = String(data: data, encoding: .utf8) else { throw KeychainError.unexpectedData }
    return token
}""")
    add("code-sql-migration", """-- 0042_add_api_keys.sql
CREATE TABLE api_keys (
    id           BIGSERIAL PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES accounts(id),
    key_prefix   CHAR(8) NOT NULL,
    key_hash     BYTEA NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at   TIMESTAMPTZ
);
CREATE UNIQUE INDEX api_keys_prefix_idx ON api_keys (key_prefix);""")
    add("code-bash-deploy", """#!/usr/bin/env bash
set -euo pipefail
: "${DEPLOY_ENV:?set DEPLOY_ENV}"
: "${REGISTRY_TOKEN:?export REGISTRY_TOKEN first}"
echo "$REGISTRY_TOKEN" | docker login ghcr.io -u "$GITHUB_ACTOR" --password-stdin
docker build -t "ghcr.io/acme-labs/web:${GIT_SHA:0:7}" .
docker push "ghcr.io/acme-labs/web:${GIT_SHA:0:7}\"""")
    add("code-powershell", """$ErrorActionPreference = 'Stop'
$cred = Get-Credential -Message 'Service account for the nightly export'
$session = New-PSSession -ComputerName 'export-01' -Credential $cred
Invoke-Command -Session $session -ScriptBlock {
    Get-ChildItem 'D:\\exports' -Filter *.csv | Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item
}
Remove-PSSession $session""")
    add("code-lua-nvim", """require("lspconfig").pyright.setup({
  settings = {
    python = {
      analysis = { typeCheckingMode = "strict", autoImportCompletions = true },
    },
  },
})
vim.keymap.set("n", "<leader>ca", vim.lsp.buf.code_action, { desc = "code action" })""")
    add("code-r-model", """library(tidyverse)
sales <- read_csv("data/sales_2026.csv") |>
  filter(region %in% c("north", "south")) |>
  mutate(margin = (revenue - cost) / revenue)
fit <- lm(margin ~ discount + region, data = sales)
summary(fit)""")
    add("code-scala-spark", """val events = spark.read.parquet("s3://analytics-lake/events/dt=2026-11-27/")
val daily = events
  .filter($"event_type" === "checkout")
  .groupBy($"country", window($"ts", "1 hour"))
  .agg(count("*").as("orders"), sum("amount").as("gmv"))
daily.write.mode("overwrite").parquet("s3://analytics-lake/rollups/checkout_hourly/")""")
    add("code-c-ringbuf", """typedef struct {
    uint8_t *buf;
    size_t head, tail, cap;
} ringbuf_t;

int ringbuf_push(ringbuf_t *rb, uint8_t byte) {
    size_t next = (rb->head + 1) % rb->cap;
    if (next == rb->tail) return -1; /* full */
    rb->buf[rb->head] = byte;
    rb->head = next;
    return 0;
}""")
    add("code-zig-alloc", """const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();
    const list = try allocator.alloc(u32, 64);
    defer allocator.free(list);
    std.debug.print("allocated {d} slots\\n", .{list.len});
}""")
    add("code-dart-bloc", """class LoginBloc extends Bloc<LoginEvent, LoginState> {
  LoginBloc(this._auth) : super(const LoginState.initial()) {
    on<LoginSubmitted>((event, emit) async {
      emit(state.copyWith(status: FormStatus.submitting));
      final ok = await _auth.signIn(event.email, event.password);
      emit(state.copyWith(status: ok ? FormStatus.success : FormStatus.failure));
    });
  }
  final AuthRepository _auth;
}""")
    add("code-julia", """using DifferentialEquations
function lorenz!(du, u, p, t)
    σ, ρ, β = p
    du[1] = σ * (u[2] - u[1])
    du[2] = u[1] * (ρ - u[3]) - u[2]
    du[3] = u[1] * u[2] - β * u[3]
end
prob = ODEProblem(lorenz!, [1.0, 0.0, 0.0], (0.0, 100.0), (10.0, 28.0, 8/3))
sol = solve(prob, Tsit5())""")
    add("code-ocaml", """let rec fib_memo =
  let table = Hashtbl.create 64 in
  fun n ->
    match Hashtbl.find_opt table n with
    | Some v -> v
    | None ->
        let v = if n < 2 then n else fib_memo (n - 1) + fib_memo (n - 2) in
        Hashtbl.add table n v;
        v""")
    add("code-perl-log", """#!/usr/bin/perl
use strict; use warnings;
my %hits;
while (my $line = <>) {
    next unless $line =~ m{"GET (\\S+) HTTP/1\\.[01]" (\\d{3})};
    $hits{"$2 $1"}++;
}
printf "%6d %s\\n", $hits{$_}, $_ for sort { $hits{$b} <=> $hits{$a} } keys %hits;""")
    add("code-clojure", """(ns shop.pricing
  (:require [clojure.spec.alpha :as s]))

(s/def ::price (s/and number? pos?))
(s/def ::discount (s/and number? #(<= 0 % 1)))

(defn final-price [{:keys [price discount] :or {discount 0}}]
  {:pre [(s/valid? ::price price)]}
  (* price (- 1 discount)))""")
    add("code-vue-component", """<template>
  <form @submit.prevent="onSubmit">
    <label for="pw">Password</label>
    <input id="pw" v-model="password" type="password" autocomplete="new-password" />
    <p v-if="tooShort" class="hint">Use at least 12 characters.</p>
    <button :disabled="tooShort">Save</button>
  </form>
</template>""")

    # --- test fixtures with obviously fake values ---------------------------------------------
    add("fixture-pytest-login", """@pytest.fixture
def client(app):
    return app.test_client()


def test_login_rejects_wrong_password(client, user_factory):
    user_factory(email="user@example.com", password="correct-password")
    resp = client.post("/login", data={"email": "user@example.com", "password": "wrong-password"})
    assert resp.status_code == 401""")
    add("fixture-jest-token", """describe("authHeader", () => {
  it("adds a bearer header when a token is set", () => {
    const headers = authHeader("test-token");
    expect(headers).toEqual({ Authorization: "Bearer test-token" });
  });

  it("returns an empty object without a token", () => {
    expect(authHeader(undefined)).toEqual({});
  });
});""")
    add("fixture-go-table", """func TestValidatePassword(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"short", false},
		{"longenough-but-no-digit", false},
		{"longenough-with-digit-1", true},
	}
	for _, c := range cases {
		if got := ValidatePassword(c.in); got != c.want {
			t.Errorf("ValidatePassword(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}""")
    add("fixture-rspec-factory", """FactoryBot.define do
  factory :api_client do
    name { "Test client" }
    secret { "fake-secret-for-specs" }
    scopes { %w[read write] }
  end
end""")
    add("fixture-docker-compose-test", """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: app_test
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
    tmpfs: /var/lib/postgresql/data
  redis:
    image: redis:7-alpine""")
    add("fixture-junit-props", """# src/test/resources/application-test.properties
spring.datasource.url=jdbc:h2:mem:testdb;MODE=PostgreSQL
spring.datasource.username=sa
spring.datasource.password=
spring.jpa.hibernate.ddl-auto=create-drop
app.jwt.secret=test-only-not-a-secret""")
    add("fixture-phpunit-env", """<phpunit bootstrap="vendor/autoload.php" colors="true">
    <php>
        <env name="APP_ENV" value="testing"/>
        <env name="APP_KEY" value="base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="/>
        <env name="DB_CONNECTION" value="sqlite"/>
        <env name="DB_DATABASE" value=":memory:"/>
        <env name="MAIL_MAILER" value="array"/>
    </php>
</phpunit>""")
    add("fixture-rust-mock", """#[tokio::test]
async fn rejects_expired_token() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(header("authorization", "Bearer expired"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    let err = Client::new(&server.uri(), "expired").me().await.unwrap_err();
    assert!(matches!(err, ApiError::Unauthorized));
}""")
    add("fixture-cypress", """it('shows an error for a bad password', () => {
  cy.visit('/login')
  cy.get('[data-test=email]').type('qa@example.test')
  cy.get('[data-test=password]').type('not-my-password')
  cy.get('[data-test=submit]').click()
  cy.contains('Invalid email or password')
})""")
    add("fixture-vcr-cassette", """interactions:
- request:
    body: null
    headers:
      Authorization:
      - <REDACTED>
      User-Agent:
      - python-requests/2.32.3
    method: GET
    uri: https://api.example.com/v2/projects?page=1
  response:
    status:
      code: 200
      message: OK""")
    add("fixture-hashed-password", """# seeds/dev_users.py  -- local development only
DEV_USERS = [
    {"login": "admin", "password_hash": "pbkdf2_sha256$600000$devsalt$REPLACE_ME_WITH_REAL_HASH"},
    {"login": "viewer", "password_hash": "!"},  # login disabled
]""")
    add("fixture-csharp-xunit", """[Fact]
public async Task Returns401_WhenApiKeyMissing()
{
    var client = _factory.CreateClient();
    var response = await client.GetAsync("/api/orders");
    Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
}

[Fact]
public async Task Returns200_WithDummyKey()
{
    var client = _factory.WithApiKey("dummy-key").CreateClient();
    Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/orders")).StatusCode);
}""")
    add("fixture-pydantic-settings", """class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_", env_file=".env")

    database_url: PostgresDsn
    stripe_api_key: SecretStr
    webhook_signing_secret: SecretStr
    debug: bool = False


settings = Settings()  # values come from the environment, never from this file""")
    add("fixture-keycloak-realm-test", """{
  "realm": "test-realm",
  "enabled": true,
  "clients": [
    {"clientId": "frontend", "publicClient": true, "redirectUris": ["http://localhost:5173/*"]},
    {"clientId": "backend", "publicClient": false, "secret": "**********"}
  ]
}""")

    # --- CI logs --------------------------------------------------------------------------------
    add("ci-gha-run", f"""Run actions/checkout@v4
  with:
    repository: acme-labs/storefront
    token: ***
    ssh-strict: true
Syncing repository: acme-labs/storefront
Getting Git version info
/usr/bin/git version 2.47.1
Fetching the repository
/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin +{g.s(HEX, 40)}:refs/remotes/origin/main""")
    add("ci-gitlab-job", """Running with gitlab-runner 17.6.0 (3c1a4fb2)
  on shared-runner-07 t3_xYz1AbC, system ID: s_4f2e9a7c1b03
Preparing the "docker" executor
Using docker image python:3.12-slim ...
$ pip install -r requirements-dev.txt
$ pytest -q
........................................................ [100%]
212 passed, 3 skipped in 48.31s
Cleaning up project directory and file based variables
Job succeeded""")
    add("ci-jenkins-masked", """[Pipeline] withCredentials
Masking supported pattern matches of $NEXUS_PASSWORD
[Pipeline] {
[Pipeline] sh
+ mvn -B -s settings.xml deploy -Dnexus.user=ci-deployer -Dnexus.password=****
[INFO] Uploaded to nexus-releases: https://nexus.internal/repository/releases/com/acme/billing/4.2.0/billing-4.2.0.jar (18 MB at 41 MB/s)
[Pipeline] }
[Pipeline] // withCredentials""")
    add("ci-circleci", """#!/bin/bash -eo pipefail
npm ci
added 1184 packages, and audited 1185 packages in 22s
214 packages are looking for funding
  run `npm fund` for details
found 0 vulnerabilities
#!/bin/bash -eo pipefail
npm run build
> storefront@3.9.0 build
> vite build
✓ 612 modules transformed.
dist/assets/index-4f9c2e1a.js   214.33 kB │ gzip: 68.10 kB""")
    add("ci-buildkite", """~~~ :docker: Building image
$ docker buildx build --cache-from type=registry,ref=registry.acme.dev/api:cache -t registry.acme.dev/api:build-5521 .
#12 [builder 4/6] RUN go build -trimpath -ldflags "-s -w" -o /out/api ./cmd/api
#12 DONE 41.2s
~~~ :rocket: Pushing
build-5521: digest: sha256:""" + g.s(HEX, 64) + """ size: 2417""")
    add("ci-azure-pipelines", """Starting: AzureKeyVault
==============================================================================
Task         : Azure Key Vault
Description  : Download Azure Key Vault secrets
Version      : 2.246.1
==============================================================================
SubscriptionId: 00000000-0000-0000-0000-000000000000.
Key vault name: kv-shop-prod.
Downloading secret value for: StripeApiKey.
Downloading secret value for: SqlAdminPassword.
Finishing: AzureKeyVault""")
    add("ci-gha-dependabot", """dependabot[bot] opened pull request #1183: Bump axios from 1.7.7 to 1.7.9
  Release notes: Sourced from axios's releases.
  Commits: 2 commits
  Compatibility score: 96%
Checks: build ✓  lint ✓  test ✓  codeql ✓
Merged by merge-queue after 14m""")
    add("ci-drone-secrets-list", """$ drone secret ls acme-labs/storefront
docker_username
Events: push, tag, deployment
Images: N/A

docker_password
Events: push, tag, deployment
Images: N/A

slack_webhook
Events: push
Images: plugins/slack""")
    add("ci-test-failure", """FAILED tests/test_billing.py::test_proration_mid_cycle - AssertionError: assert Decimal('12.90') == Decimal('12.91')
  where Decimal('12.90') = prorate(Decimal('29.99'), days_used=13, days_in_cycle=30)
=========================== short test summary info ============================
FAILED tests/test_billing.py::test_proration_mid_cycle
1 failed, 387 passed, 4 warnings in 61.02s (0:01:01)""")
    add("ci-sonar", """INFO: Analysis report uploaded in 412ms
INFO: ANALYSIS SUCCESSFUL, you can find the results at: https://sonarcloud.io/dashboard?id=acme-labs_storefront&branch=main
INFO: Note that you will be able to access the updated dashboard once the server has processed the submitted analysis report
INFO: More about the report processing at https://sonarcloud.io/api/ce/task?id=""" + g.s(UPNUM, 20) + """
INFO: Quality gate status: PASSED (coverage 81.4%, duplications 1.2%)""")
    add("ci-gitleaks-clean", """$ gitleaks detect --source . --no-banner -v
11:42AM INF 1422 commits scanned.
11:42AM INF scan completed in 3.71s
11:42AM INF no leaks found""")
    add("ci-trivy", """ghcr.io/acme-labs/api:2.8.1 (alpine 3.20.3)
Total: 2 (UNKNOWN: 0, LOW: 1, MEDIUM: 1, HIGH: 0, CRITICAL: 0)

┌────────────┬────────────────┬──────────┬────────┬───────────────────┬───────────────┐
│  Library   │ Vulnerability  │ Severity │ Status │ Installed Version │ Fixed Version │
├────────────┼────────────────┼──────────┼────────┼───────────────────┼───────────────┤
│ busybox    │ CVE-2024-58251 │ LOW      │ fixed  │ 1.36.1-r29        │ 1.36.1-r30    │
│ libcrypto3 │ CVE-2024-13176 │ MEDIUM   │ fixed  │ 3.3.2-r1          │ 3.3.3-r0      │
└────────────┴────────────────┴──────────┴────────┴───────────────────┴───────────────┘""")

    # --- Terraform ------------------------------------------------------------------------------
    add("tf-plan-rds", """Terraform will perform the following actions:

  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id                      = "shop-prod-pg"
      ~ instance_class          = "db.r6g.large" -> "db.r6g.xlarge"
      ~ password                = (sensitive value)
        # (41 unchanged attributes hidden)
    }

Plan: 0 to add, 1 to change, 0 to destroy.""")
    add("tf-plan-secret-version", """  # aws_secretsmanager_secret_version.api will be created
  + resource "aws_secretsmanager_secret_version" "api" {
      + arn            = (known after apply)
      + id             = (known after apply)
      + secret_id      = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop/api-AbCdEf"
      + secret_string  = (sensitive value)
      + version_id     = (known after apply)
      + version_stages = (known after apply)
    }""")
    add("tf-variables", """variable "db_password" {
  description = "Master password for the RDS instance (set via TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
  default   = null
}""")
    add("tf-output", """$ terraform output
alb_dns_name = "shop-prod-alb-1183927364.eu-west-1.elb.amazonaws.com"
cluster_name = "shop-prod"
db_endpoint = "shop-prod-pg.c9xkq2ab7fgh.eu-west-1.rds.amazonaws.com:5432"
db_password = <sensitive>
vpc_id = "vpc-0a1b2c3d4e5f67890\"""")
    add("tf-gcp-sa", """resource "google_service_account" "exporter" {
  account_id   = "metrics-exporter"
  display_name = "Metrics exporter"
}

resource "google_project_iam_member" "exporter_viewer" {
  project = var.project_id
  role    = "roles/monitoring.viewer"
  member  = "serviceAccount:${google_service_account.exporter.email}"
}""")
    add("tf-azure-kv", """data "azurerm_key_vault_secret" "sql_admin" {
  name         = "sql-admin-password"
  key_vault_id = azurerm_key_vault.main.id
}

resource "azurerm_mssql_server" "main" {
  name                         = "sql-shop-weu"
  resource_group_name          = azurerm_resource_group.main.name
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = data.azurerm_key_vault_secret.sql_admin.value
}""")
    add("tf-state-list", """$ terraform state list
module.network.aws_vpc.this
module.network.aws_subnet.private[0]
module.network.aws_subnet.private[1]
module.eks.aws_eks_cluster.this
module.eks.aws_iam_role.node
random_password.db
aws_ssm_parameter.db_password""")
    add("tf-init", """Initializing the backend...
Successfully configured the backend "s3"! Terraform will automatically
use this backend unless the backend configuration changes.
Initializing provider plugins...
- Finding hashicorp/aws versions matching "~> 5.80"...
- Installing hashicorp/aws v5.82.2...
- Installed hashicorp/aws v5.82.2 (signed by HashiCorp)
Terraform has been successfully initialized!""")

    # --- Kubernetes -----------------------------------------------------------------------------
    add("k8s-deploy-envfrom", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: checkout
          image: registry.acme.dev/checkout:4.1.0
          envFrom:
            - secretRef:
                name: checkout-env
            - configMapRef:
                name: checkout-config""")
    add("k8s-external-secret", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payments-db
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: payments-db
  data:
    - secretKey: password
      remoteRef:
        key: kv/payments/db
        property: password""")
    add("k8s-describe-secret", """$ kubectl describe secret registry-creds -n build
Name:         registry-creds
Namespace:    build
Labels:       <none>
Annotations:  <none>

Type:  kubernetes.io/dockerconfigjson

Data
====
.dockerconfigjson:  412 bytes""")
    add("k8s-sealed-template", """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: smtp
  namespace: mail
spec:
  encryptedData:
    password: <sealed value goes here, produce it with kubeseal>
  template:
    metadata:
      name: smtp""")
    add("k8s-get-pods", """$ kubectl get pods -n shop
NAME                          READY   STATUS             RESTARTS      AGE
checkout-7d9f8c6b5d-4xk2p     1/1     Running            0             3h12m
checkout-7d9f8c6b5d-q8wzn     1/1     Running            0             3h12m
search-5b7c9d8f6-mx2lt        0/1     CrashLoopBackOff   14 (2m ago)   48m
worker-6c8d7b9f5-rt7vh        1/1     Running            1 (5h ago)    2d""")
    add("k8s-helm-values", """# values-prod.yaml
image:
  repository: registry.acme.dev/search
  tag: "2.3.7"
existingSecret: search-credentials
existingSecretPasswordKey: elastic-password
resources:
  limits: { cpu: "2", memory: 4Gi }
ingress:
  enabled: true
  hosts: [search.acme.dev]""")
    add("k8s-serviceaccount-irsa", """apiVersion: v1
kind: ServiceAccount
metadata:
  name: s3-uploader
  namespace: media
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/media-s3-uploader""")
    add("k8s-events", """$ kubectl get events -n shop --sort-by=.lastTimestamp | tail -4
12m   Warning   BackOff     pod/search-5b7c9d8f6-mx2lt   Back-off restarting failed container search
9m    Warning   Failed      pod/search-5b7c9d8f6-mx2lt   Error: secret "search-credentials" not found
3m    Normal    Scheduled   pod/search-5b7c9d8f6-h7kq9   Successfully assigned shop/search-5b7c9d8f6-h7kq9 to ip-10-0-3-14.eu-west-1.compute.internal
3m    Normal    Pulled      pod/search-5b7c9d8f6-h7kq9   Container image "registry.acme.dev/search:2.3.7" already present on machine""")

    # --- HTTP traces with redacted headers ------------------------------------------------------
    add("http-curl-v", """$ curl -sv https://api.example.com/v1/orders?limit=2 -H "Authorization: Bearer $API_TOKEN"
> GET /v1/orders?limit=2 HTTP/2
> Host: api.example.com
> user-agent: curl/8.11.1
> accept: */*
> authorization: Bearer [REDACTED]
< HTTP/2 200
< content-type: application/json
< x-request-id: """ + g.uuid() + """
< x-ratelimit-remaining: 4998""")
    add("http-har-entry", dumps({"request": {"method": "POST", "url": "https://checkout.example.org/api/cart", "headers": [{"name": "Cookie", "value": "[filtered]"}, {"name": "Content-Type", "value": "application/json"}, {"name": "X-CSRF-Token", "value": "[filtered]"}], "postData": {"mimeType": "application/json", "text": '{"sku":"TSHIRT-BLK-M","qty":2}'}}, "response": {"status": 201, "statusText": "Created"}}, indent=2))
    add("http-httpie", """$ http POST :8000/api/token/refresh/ refresh=@refresh.txt
HTTP/1.1 200 OK
Allow: POST, OPTIONS
Content-Length: 31
Content-Type: application/json
Vary: Accept

{
    "access": "<omitted>"
}""")
    add("http-nginx-access", """203.0.113.0 - - [27/Nov/2026:10:14:02 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.31"
203.0.113.0 - - [27/Nov/2026:10:14:07 +0000] "GET /static/app.4f9c2e1a.js HTTP/1.1" 304 0 "https://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0\"""")
    add("http-401-body", """HTTP/1.1 401 Unauthorized
WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"
Content-Type: application/problem+json

{"type":"https://api.example.com/problems/invalid-token","title":"Invalid token","status":401,"detail":"The access token expired at 2026-11-27T09:00:00Z"}""")
    add("http-fetch-devtools", """fetch("https://api.example.com/graphql", {
  "headers": {
    "accept": "application/json",
    "authorization": "Bearer <token>",
    "content-type": "application/json"
  },
  "body": "{\\"query\\":\\"{ viewer { id plan } }\\"}",
  "method": "POST"
});""")
    add("http-webhook-delivery", """Recent Deliveries › push
Request headers
  Request method: POST
  Accept: */*
  Content-Type: application/json
  User-Agent: GitHub-Hookshot/8f3d2c1
  X-GitHub-Delivery: """ + g.uuid() + """
  X-GitHub-Event: push
  X-Hub-Signature-256: sha256=…(hidden)
Response 200 in 0.31 seconds""")
    add("http-openapi-security", """components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
    OAuth2:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.example.com/oauth/token
          scopes:
            orders:read: read orders
security:
  - ApiKeyAuth: []""")

    # --- SBOMs and lockfiles --------------------------------------------------------------------
    add("sbom-cyclonedx", dumps({"bomFormat": "CycloneDX", "specVersion": "1.6", "serialNumber": "urn:uuid:" + g.uuid(), "version": 1, "components": [{"type": "library", "name": "requests", "version": "2.32.3", "purl": "pkg:pypi/requests@2.32.3", "licenses": [{"license": {"id": "Apache-2.0"}}], "hashes": [{"alg": "SHA-256", "content": g.s(HEX, 64)}]}, {"type": "library", "name": "urllib3", "version": "2.2.3", "purl": "pkg:pypi/urllib3@2.2.3", "licenses": [{"license": {"id": "MIT"}}]}]}, indent=2))
    add("sbom-spdx", """SPDXVersion: SPDX-2.3
DataLicense: CC0-1.0
SPDXID: SPDXRef-DOCUMENT
DocumentName: storefront-3.9.0
DocumentNamespace: https://sbom.acme.dev/storefront-3.9.0-""" + g.uuid() + """
Creator: Tool: syft-1.18.1
PackageName: lodash
SPDXID: SPDXRef-Package-npm-lodash-4.17.21
PackageVersion: 4.17.21
PackageLicenseConcluded: MIT
ExternalRef: PACKAGE-MANAGER purl pkg:npm/lodash@4.17.21""")
    add("lock-npm", """    "node_modules/ms": {
      "version": "2.1.3",
      "resolved": "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz",
      "integrity": "sha512-""" + g.b64(64) + """",
      "license": "MIT"
    },""")
    add("lock-cargo", """[[package]]
name = "serde_json"
version = "1.0.133"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = \"""" + g.s(HEX, 64) + """\"
dependencies = [
 "itoa",
 "memchr",
 "ryu",
 "serde",
]""")
    add("lock-poetry", """[[package]]
name = "certifi"
version = "2024.8.30"
description = "Python package for providing Mozilla's CA Bundle."
optional = false
python-versions = ">=3.6"
files = [
    {file = "certifi-2024.8.30-py3-none-any.whl", hash = "sha256:""" + g.s(HEX, 64) + """"},
]""")
    add("lock-gosum", "github.com/google/uuid v1.6.0 h1:" + g.b64(32) + "\ngithub.com/google/uuid v1.6.0/go.mod h1:" + g.b64(32) + "\ngolang.org/x/sync v0.10.0 h1:" + g.b64(32))
    add("lock-yarn", """"@babel/code-frame@^7.24.7":
  version "7.26.2"
  resolved "https://registry.yarnpkg.com/@babel/code-frame/-/code-frame-7.26.2.tgz#""" + g.s(HEX, 40) + """"
  integrity sha512-""" + g.b64(64) + """
  dependencies:
    "@babel/helper-validator-identifier" "^7.25.9\"""")
    add("lock-gemfile", """GEM
  remote: https://rubygems.org/
  specs:
    actionpack (8.0.0)
      actionview (= 8.0.0)
      rack (>= 2.2.4)
    bcrypt (3.1.20)
    devise (4.9.4)
      bcrypt (~> 3.0)
      warden (~> 1.2.3)

PLATFORMS
  x86_64-linux

BUNDLED WITH
   2.5.23""")
    add("lock-pip-hashes", "django==5.1.4 \\\n    --hash=sha256:" + g.s(HEX, 64) + " \\\n    --hash=sha256:" + g.s(HEX, 64) + "\nasgiref==3.8.1 \\\n    --hash=sha256:" + g.s(HEX, 64))

    # --- changelogs -----------------------------------------------------------------------------
    add("changelog-keepachangelog", """## [3.9.0] - 2026-11-20
### Added
- Passwordless sign-in with passkeys (WebAuthn).
- `API_TOKEN_TTL` setting; tokens now expire after 30 days by default.
### Fixed
- Password reset e-mails were sent twice when the form was double-submitted (#1172).
### Security
- Rotate session cookies on privilege change.""")
    add("changelog-release-notes", """v2.8.1 (2026-11-18)

Bug fixes
* cli: `login --with-token` no longer echoes the token to stderr on failure
* config: secrets referenced as `${env:NAME}` are resolved lazily
* deps: bump golang.org/x/crypto to v0.31.0 (CVE-2024-45337)

Full changelog: v2.8.0...v2.8.1""")
    add("changelog-debian", """acme-agent (1.14.2-1) bookworm; urgency=medium

  * New upstream release.
  * Drop patch 0003-fix-tls-keylog.patch, applied upstream.
  * Bump Standards-Version to 4.7.0.""")
    add("changelog-conventional", """## 5.0.0 (2026-11-02)

### ⚠ BREAKING CHANGES

* **auth:** the `apiKey` option was renamed to `credentials.apiKey`
* **client:** Node 18 is no longer supported

### Features

* **auth:** support OAuth device flow ([#842](https://github.com/acme-labs/sdk-js/issues/842)) ([1a2b3c4](https://github.com/acme-labs/sdk-js/commit/1a2b3c4))""")
    add("changelog-git-shortlog", """$ git log --oneline -6
8e1f4c2 (HEAD -> main, origin/main) fix(cart): round VAT per line, not per order
b07d9a3 chore(deps): bump vite from 6.0.1 to 6.0.3
4c2e8f1 feat(search): typo tolerance for SKU queries
9a1d3b7 docs: explain how to rotate the webhook signing secret
e5f6a7b test: cover refunds above the original amount
2d4c6e8 ci: cache pnpm store between jobs""")
    add("changelog-security-advisory", """GHSA-8x4r-2m9q-6pjw: Token leakage in debug logs

Affected versions: < 4.2.3
Patched versions: 4.2.3
Severity: Moderate (CVSS 5.3)

When `LOG_LEVEL=debug` was set, request headers including `Authorization` were logged. Upgrade and rotate any tokens that may have been written to logs.""")

    # --- API docs with example keys marked as examples -------------------------------------------
    add("apidoc-stripe-like", """## Authentication

Authenticate by passing your secret key in the `Authorization` header. Test-mode keys start with `sk_test_`; live-mode keys with `sk_live_`. Never expose secret keys in client-side code.

```bash
curl https://api.example.com/v1/charges \\
  -u sk_test_YOUR_KEY_HERE:
```""")
    add("apidoc-openai-like", """### Quickstart

1. Create a key on the **API keys** page.
2. Export it: `export EXAMPLE_API_KEY="your-api-key"`
3. Run:

```python
from example_sdk import Client
client = Client()  # reads EXAMPLE_API_KEY from the environment
print(client.models.list())
```""")
    add("apidoc-aws-env", """Set the following environment variables (replace the placeholders):

    export AWS_ACCESS_KEY_ID=<access-key-id>
    export AWS_SECRET_ACCESS_KEY=<secret-access-key>
    export AWS_DEFAULT_REGION=eu-central-1

Or run `aws configure sso` to use IAM Identity Center instead of long-lived keys.""")
    add("apidoc-webhook-verify", """### Verifying webhook signatures

Each request carries an `X-Signature` header: `t=<unix time>,v1=<hex HMAC-SHA256 of "t.body">`. Compute the HMAC with your endpoint's signing secret (shown once when you create the endpoint) and compare in constant time:

```js
const expected = crypto.createHmac("sha256", process.env.WEBHOOK_SECRET).update(`${t}.${body}`).digest("hex");
if (!crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(v1))) throw new Error("bad signature");
```""")
    add("apidoc-jwt-structure", """A JWT has three base64url parts separated by dots: `header.payload.signature`.

| part | example content |
|---|---|
| header | `{"alg":"RS256","typ":"JWT","kid":"2026-11"}` |
| payload | `{"sub":"<user id>","aud":"api","exp":1795900000}` |
| signature | RSASSA-PKCS1-v1_5 over the first two parts |

Validate `aud`, `iss` and `exp` before trusting any claim.""")
    add("apidoc-example-placeholder-table", """| Variable | Required | Example |
|---|---|---|
| `SLACK_BOT_TOKEN` | yes | `xoxb-your-bot-token` |
| `SLACK_SIGNING_SECRET` | yes | `your-signing-secret` |
| `SLACK_APP_LEVEL_TOKEN` | socket mode only | `xapp-...` |
| `PORT` | no | `3000` |""")
    add("apidoc-db-url-template", """The service reads its database from `DATABASE_URL`:

```
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME?sslmode=require
```

For local development the compose file starts Postgres; use `postgres://localhost:5432/app_dev` (trust auth, no password).""")
    add("apidoc-rate-limits", """## Rate limits

| plan | requests / minute | burst |
|---|---|---|
| Free | 60 | 10 |
| Team | 600 | 100 |
| Enterprise | custom | custom |

Responses include `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` (epoch seconds). On 429, wait `Retry-After` seconds.""")

    # --- chat about products, companies, support chats with speaker labels ----------------------
    add("chat-support-labels", """Support chat transcript (exported)
Agent: Thanks for contacting Northwind Support. How can I help today?
Customer: The invoice PDF for November won't download, it just spins.
Agent: Sorry about that. Could you tell me which browser you are using?
Customer: Firefox 133 on Windows.
Agent: We had an outage of the invoice service between 09:00 and 09:40 UTC. Please try again now.
Customer: Works now, thanks!
Bot: Chat closed. Rate this conversation 1-5.""")
    add("chat-support-labels-es", """Transcripción del chat
Asistente: Hola, bienvenido al soporte de Mercado Verde. ¿En qué puedo ayudarle?
Cliente: Mi pedido 48812 aparece como entregado pero no lo he recibido.
Asistente: Lo siento. He abierto una reclamación con la transportista; recibirá una respuesta en 48 horas.
Cliente: Perfecto, gracias.""")
    add("chat-vendor-compare", """User: Should we go with Datadog, Grafana Cloud or New Relic for the new cluster?
Assistant: For ~40 nodes: Grafana Cloud is cheapest if you already run Prometheus; Datadog has the best APM and log correlation but per-host pricing adds up; New Relic's per-user model is attractive if only a few engineers need full access. Honeycomb is worth a look for high-cardinality tracing.""")
    add("chat-business-roles", """Agenda — quarterly business review
1. Head of Sales: pipeline for Q1, renewals at risk
2. CFO: budget for the data platform, cloud commit with the hyperscaler
3. VP Engineering: migration from Heroku to EKS, on-call load
4. Chief Product Officer: roadmap, pricing page experiment
5. Any other business""")
    add("chat-companies-news", """Summary of the article: Siemens and Schneider Electric both announced edge-computing platforms this week; Rockwell Automation cut its guidance; ABB completed the sale of its robotics unit to SoftBank. Analysts at Morgan Stanley expect more consolidation in industrial software.""")
    add("chat-brand-names-as-names", """We tested three password managers for the team: Bitwarden, 1Password and Keeper. Dashlane was dropped after the price change. Bitwarden won on self-hosting; 1Password on the Watchtower breach alerts and Travel Mode.""")
    add("chat-product-roadmap", """Q: Does Figma's Dev Mode replace Zeplin for us?
A: Mostly. Dev Mode gives inspect, code snippets and the VS Code plugin; Zeplin still has better release notes per screen. Storybook Connect covers the component side. Recommendation: move to Dev Mode, keep Zeplin read-only until March.""")
    add("chat-coffee-orders", """Team lunch order for Friday:
- 3x Margherita (one gluten-free)
- 2x Quattro Formaggi
- 1x Diavola, extra chili
- salads: Caesar ×2, Greek ×1
Delivery to the 4th floor kitchen at 12:30.""")
    add("chat-agent-plan", """I'll start by reading the failing test, then check how `PriceCalculator` rounds. Plan:
1. Run `pytest tests/test_pricing.py -k vat -x`
2. Compare `round_half_even` vs `round_half_up` in `pricing/vat.py`
3. Fix the rounding and add a regression test for 0.005 boundaries
4. Run the whole pricing suite""")
    add("chat-review-comment", """copilot-pull-request-reviewer[bot] reviewed src/cache.ts line 42

The TTL is read once at module load, so changing `CACHE_TTL_SECONDS` at runtime has no effect. Consider reading it inside `get()` or documenting that a restart is needed.""")
    add("chat-helpdesk-ticket", """Ticket INC0048213 — Priority 3
Category: Access / VPN
Short description: VPN client asks for re-authentication every 10 minutes
Assignment group: Network Operations
State: In Progress
Work notes: Reproduced on GlobalProtect 6.2.4; known issue with the split-tunnel profile, fix scheduled in change CHG0031177.""")
    add("chat-standup", """Standup 27 Nov
Yesterday: finished the Kafka consumer lag alert, reviewed the Terraform module for Redis.
Today: pairing on the flaky e2e test, then the Grafana dashboard for checkout latency.
Blockers: staging Postgres is still on 14, need the upgrade window from the DBA team.""")
    add("chat-customer-success", """Account health: Globex Corporation
ARR: 240k (renewal 2027-02-01)
Seats used: 412 / 500
Champion: their Head of IT Operations
Risks: procurement wants a SOC 2 Type II bridge letter; support tickets up 30% after the SSO migration.
Next step: exec sponsor call with our VP Customer Success.""")
    add("chat-recipe", """Sourdough schedule (75% hydration)
- 09:00 feed starter 1:5:5
- 13:00 autolyse 900 g flour + 650 g water
- 14:00 add 180 g levain + 20 g salt
- 14:30-16:30 four sets of stretch and folds
- overnight cold retard, bake 250 °C lid on 20 min, 230 °C lid off 25 min""")

    # --- many languages and scripts -----------------------------------------------------------
    add("lang-de-readme", """## Installation

1. Repository klonen und `make setup` ausführen.
2. Die Datei `.env.example` nach `.env` kopieren und die Platzhalter ersetzen (API-Schlüssel bekommen Sie im Kundenportal unter „Einstellungen → Zugänge").
3. Mit `make run` starten; die Oberfläche ist unter http://localhost:8080 erreichbar.""")
    add("lang-fr-issue", """Bonjour,

Depuis la mise à jour 4.2, l'export CSV des factures ignore le séparateur décimal configuré (virgule) et utilise un point. Étapes pour reproduire : Paramètres → Régional → Séparateur décimal « , », puis Factures → Exporter. Version du navigateur : Chrome 131.

Merci d'avance !""")
    add("lang-es-log", """[2026-11-27 08:14:22] INFO  Conectando con la base de datos de réplica...
[2026-11-27 08:14:23] WARN  La réplica va 14 s por detrás del primario
[2026-11-27 08:14:25] INFO  Sincronización de inventario completada: 18 412 artículos, 3 errores
[2026-11-27 08:14:25] ERROR Artículo SKU-77123: precio negativo, se omite""")
    add("lang-pt-br-docs", """### Configuração do webhook

No painel, acesse **Integrações → Webhooks** e informe a URL do seu servidor. O segredo de assinatura é gerado automaticamente e exibido apenas uma vez; guarde-o no cofre de segredos da sua empresa, nunca no repositório.""")
    add("lang-ja-commit", """修正: 在庫数が負になる不具合を修正

注文キャンセル時に在庫を二重に戻していたため、在庫数が実数より多くなっていた。
- cancel_order() でロックを取得してから在庫を更新する
- 回帰テストを追加（test_cancel_twice）""")
    add("lang-zh-error", """错误：无法连接到 Redis（连接被拒绝）。
请检查：
1. Redis 服务是否已启动：systemctl status redis
2. 配置文件中的端口是否为 6379
3. 防火墙是否放行该端口
如果使用云数据库，请在控制台中确认白名单设置。""")
    add("lang-ko-chat", """질문: 쿠버네티스에서 시크릿을 환경 변수로 넣으면 안전한가요?
답변: 환경 변수는 프로세스 목록이나 크래시 덤프에 노출될 수 있어서, 가능하면 볼륨으로 마운트하고 파일 권한을 0400으로 두는 편이 낫습니다. 외부 비밀 저장소(Vault, AWS Secrets Manager)와 연동하면 교체도 쉬워집니다.""")
    add("lang-ru-runbook", """Регламент: перезапуск очереди платежей
1. Остановить воркеры: `systemctl stop payments-worker@*`
2. Проверить, что в очереди нет сообщений старше 15 минут.
3. Запустить воркеры по одному и следить за метрикой payments_failed_total.
Если ошибки продолжаются — эскалировать дежурному инженеру.""")
    add("lang-ar-ui", """رسالة الخطأ: كلمة المرور يجب أن تحتوي على 12 حرفًا على الأقل، وحرف كبير واحد، ورقم واحد.
زر: إنشاء حساب
رابط: نسيت كلمة المرور؟
تنبيه: لن نطلب منك كلمة المرور عبر البريد الإلكتروني أبدًا.""")
    add("lang-hi-faq", """प्रश्न: मैं अपना API कुंजी कैसे बदलूँ?
उत्तर: डैशबोर्ड में "सेटिंग्स → API" पर जाएँ और "नई कुंजी बनाएँ" पर क्लिक करें। पुरानी कुंजी 24 घंटे बाद अपने आप निष्क्रिय हो जाएगी।""")
    add("lang-tr-release", """Sürüm 2.4.0 notları
- Çoklu dil desteği: Türkçe, Almanca ve Lehçe eklendi.
- Şifre sıfırlama bağlantısının geçerlilik süresi 30 dakikaya düşürüldü.
- Raporlar sayfasında tarih filtresi düzeltildi.""")
    add("lang-pl-config-comment", """# Konfiguracja kolejki zamówień
# UWAGA: hasło do brokera ustawiamy w zmiennej środowiskowej AMQP_PASSWORD, nie tutaj.
amqp:
  host: rabbitmq.wewnetrzny
  port: 5671
  vhost: zamowienia
  prefetch: 20""")
    add("lang-vi-guide", """Hướng dẫn triển khai
Bước 1: Tạo khóa truy cập trong trang quản trị (mục Bảo mật).
Bước 2: Lưu khóa vào biến môi trường ACCESS_KEY trên máy chủ, không đưa vào mã nguồn.
Bước 3: Chạy lệnh ./deploy.sh production và kiểm tra nhật ký.""")
    add("lang-th-notice", """ประกาศ: ระบบจะปิดปรับปรุงในวันเสาร์ที่ 28 พฤศจิกายน เวลา 01:00–03:00 น. ระหว่างนี้จะไม่สามารถเข้าสู่ระบบหรือชำระเงินได้ ขออภัยในความไม่สะดวก""")
    add("lang-el-ticket", """Θέμα: Σφάλμα κατά την εξαγωγή αναφοράς
Η εξαγωγή σε Excel αποτυγχάνει όταν το εύρος ημερομηνιών ξεπερνά τους 12 μήνες. Μήνυμα: «Υπέρβαση ορίου γραμμών (1.048.576)». Προτείνεται εξαγωγή σε CSV ή διαχωρισμός ανά τρίμηνο.""")
    add("lang-he-docs", """התקנה
1. הורידו את הגרסה האחרונה מדף ההורדות.
2. הריצו את הפקודה npm install.
3. צרו קובץ ‎.env‎ והגדירו בו את כתובת השרת. אין לשמור סיסמאות בקוד המקור.""")
    add("lang-id-chat", """Pengguna: Kenapa build Android saya gagal dengan pesan "Duplicate class kotlin.collections"?
Asisten: Biasanya karena dua versi kotlin-stdlib tercampur. Tambahkan platform BOM `org.jetbrains.kotlin:kotlin-bom:2.0.21` di dependencies, lalu jalankan `./gradlew app:dependencies` untuk memastikan hanya satu versi yang dipakai.""")
    add("lang-sw-notes", """Maelezo ya mkutano wa timu
- Tumekamilisha uhamisho wa hifadhidata kwenda seva mpya.
- Ripoti ya mauzo ya Novemba itatolewa Jumatatu.
- Kazi inayofuata: kuboresha kasi ya ukurasa wa malipo.""")
    add("lang-nl-pr", """Deze PR vervangt de handmatige wachtwoordcontrole door de `zxcvbn`-bibliotheek. Wachtwoorden met een score lager dan 3 worden geweigerd met een duidelijke foutmelding. Geen migratie nodig; bestaande wachtwoorden blijven geldig tot de volgende wijziging.""")
    add("lang-it-email-template", """Oggetto: Il tuo ordine è stato spedito

Ciao,
il tuo ordine n. 2026-114552 è stato affidato al corriere. Puoi seguire la spedizione dalla pagina «I miei ordini». Per motivi di sicurezza non ti chiederemo mai la password via e-mail.

Il team di Bottega Digitale""")
    add("lang-uk-commit", """Виправлено: кеш не скидався після зміни ціни
Тепер PriceUpdated надсилає подію інвалідації для всіх регіонів. Додано тест для випадку з кількома валютами.""")
    add("lang-fa-ui", """پیام: نشست شما منقضی شده است. لطفاً دوباره وارد شوید.
دکمه: ورود
راهنما: برای امنیت بیشتر، احراز هویت دو مرحله‌ای را فعال کنید.""")

    # --- identifiers in non-secret roles --------------------------------------------------------
    add("ids-twilio-message-log", "Message log (last 3)\n" + "\n".join(f"SM{g.s(HEX, 32)}  delivered  +1 555-0100 -> shortcode 72345  2026-11-27T0{n}:12:0{n}Z" for n in range(3)))
    add("ids-stripe-objects", dumps({"object": "list", "data": [{"id": "pi_" + g.s(LOWNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 24), "object": "payment_intent", "amount": 2990, "currency": "eur", "status": "succeeded", "customer": "cus_" + g.s(LOWNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 14), "latest_charge": "ch_" + g.s(LOWNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 24)}], "has_more": False}, indent=2))
    add("ids-trace-ids", f"""span_id={g.s(HEX, 16)} trace_id={g.s(HEX, 32)} service=checkout op=POST /api/orders duration_ms=184 status=ok
span_id={g.s(HEX, 16)} trace_id={g.s(HEX, 32)} service=payments op=authorize duration_ms=142 status=ok""")
    add("ids-aws-arns", """Resources affected:
- arn:aws:lambda:eu-west-1:123456789012:function:thumbnailer
- arn:aws:sqs:eu-west-1:123456789012:thumbnail-jobs
- arn:aws:kms:eu-west-1:123456789012:key/""" + g.uuid() + """
RequestId: """ + g.uuid())
    add("ids-git-blame", "\n".join(f"{g.s(HEX, 8)} (bot 2026-11-{10 + n} {n + 1}) {line}" for n, line in enumerate(["import { cache } from './cache';", "export const TTL = 300;", "export function key(sku: string) {", "  return `price:${sku}`;", "}"])))
    add("ids-etag-cache", f"""HTTP/1.1 304 Not Modified
ETag: W/"{g.s(HEX, 32)}"
Cache-Control: public, max-age=31536000, immutable
Age: 8812
X-Cache: Hit from cloudfront
X-Amz-Cf-Id: {g.s(LOWNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ_", 56)}==""")
    add("ids-sentry-event", f"""Sentry issue CHECKOUT-4F2 — TypeError: Cannot read properties of undefined (reading 'price')
Event ID: {g.s(HEX, 32)}
Release: storefront@3.9.0+{g.s(HEX, 7)}
Environment: production
First seen: 2 hours ago · Events: 118 · Users affected: 41""")
    add("ids-docker-ps", f"""CONTAINER ID   IMAGE                 COMMAND                  CREATED        STATUS        PORTS                    NAMES
{g.s(HEX, 12)}   postgres:16           "docker-entrypoint.s…"   3 hours ago    Up 3 hours    0.0.0.0:5432->5432/tcp   app-db-1
{g.s(HEX, 12)}   redis:7-alpine        "docker-entrypoint.s…"   3 hours ago    Up 3 hours    6379/tcp                 app-redis-1
{g.s(HEX, 12)}   app-web               "gunicorn app.wsgi -…"   12 minutes ago Up 12 minutes 0.0.0.0:8000->8000/tcp   app-web-1""")
    add("ids-k8s-uids", f"""metadata:
  name: checkout-7d9f8c6b5d
  uid: {g.uuid()}
  resourceVersion: "48812934"
  ownerReferences:
    - apiVersion: apps/v1
      kind: Deployment
      name: checkout
      uid: {g.uuid()}""")
    add("ids-order-numbers", """Order   Date        Items  Total     Status
A-10442 2026-11-21  3      €84.70    shipped
A-10443 2026-11-21  1      €19.90    refunded
A-10447 2026-11-22  5      €132.15   processing
Tracking: 00340434161234567890 (DHL Paket), 1Z999AA10123456784 (UPS sample)""")
    add("ids-azure-resource-ids", """/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-shop-weu/providers/Microsoft.Web/sites/app-shop-weu
/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-shop-weu/providers/Microsoft.KeyVault/vaults/kv-shop-weu
Correlation ID: """ + g.uuid())

    # --- public halves of key pairs -------------------------------------------------------------
    add("pub-ssh-authorized-keys", "# ~/.ssh/authorized_keys on the build host (public keys only)\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.s(LOWNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ+/", 43) + " ci-deploy-key\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.s(LOWNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ+/", 43) + " backup-runner")
    add("pub-wireguard-peer", "[Peer]\n# office gateway\nPublicKey = " + g.b64(32) + "\nAllowedIPs = 10.20.0.0/16\nEndpoint = vpn.example.net:51820\nPersistentKeepalive = 25")
    add("pub-age-recipients", "# .sops.yaml\ncreation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    age: >-\n      age1" + g.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58) + ",\n      age1" + g.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))
    add("pub-pgp-block", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(g.b64(48) for _ in range(5)) + "\n=" + g.s(LOWNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + "\n-----END PGP PUBLIC KEY BLOCK-----")
    add("pub-jwks", dumps({"keys": [{"kty": "RSA", "use": "sig", "kid": "2026-11", "alg": "RS256", "n": g.b64(64, urlsafe=True).rstrip("="), "e": "AQAB"}]}, indent=2))
    add("pub-pem-public", "Upload this public key to the partner portal:\n\n-----BEGIN PUBLIC KEY-----\n" + "\n".join(g.b64(48) for _ in range(4)) + "\n-----END PUBLIC KEY-----")
    add("pub-minisign", "untrusted comment: minisign public key " + g.s(HEXU, 16) + "\nRW" + g.b64(40).rstrip("=") + "\n\nVerify with: minisign -Vm release.tar.gz -P <the key above>")
    add("pub-vapid", """// web push: the VAPID public key is embedded in the client on purpose
const applicationServerKey = urlBase64ToUint8Array(
  \"""" + "B" + g.b64(64, urlsafe=True).rstrip("=")[:86] + """\"
);
await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });""")

    # --- 'cc', 'pan', short tokens inside words -------------------------------------------------
    add("word-cc-flags", """CC=clang CXX=clang++ CFLAGS="-O2 -pipe" ./configure --prefix=/usr/local --enable-shared
checking for gcc... clang
checking whether the C compiler works... yes
checking for C compiler default output file name... a.out
checking for suffix of executables...
checking whether we are cross compiling... no""")
    add("word-pan-zoom", """// map viewer controls
map.on("pan", updateTiles);
map.on("zoomend", updateTiles);
const panel = document.querySelector("#panel");
panel.dataset.panX = String(view.pan.x);
panel.dataset.panY = String(view.pan.y);""")
    add("word-accounting", """Accounting close checklist (November)
- accruals booked for cloud spend (AWS, GCP)
- accelerate depreciation for the retired racks
- reconcile the accounts payable subledger
- CC the controller on the variance memo
- Japan subsidiary: translate the pan-Asian VAT summary""")
    add("word-pandas", """>>> import pandas as pd
>>> df = pd.read_parquet("orders.parquet")
>>> df.groupby("country")["amount"].agg(["count", "sum"]).head(3)
         count        sum
country
AT        1182   48812.30
BE         904   37120.55
CH        1311   90211.10""")
    add("word-span-tags", """<span class="cc-badge">CC BY-SA 4.0</span>
<span class="pan-hint">Drag to pan, scroll to zoom</span>
<span class="cvv-hint">The 3-digit code on the back of the card</span>""")

    # --- configs and misc -----------------------------------------------------------------------
    add("cfg-nginx", """server {
    listen 443 ssl http2;
    server_name shop.example.com;
    ssl_certificate     /etc/letsencrypt/live/shop.example.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/shop.example.com/privkey.pem;
    location /api/ {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Authorization $http_authorization;
    }
}""")
    add("cfg-systemd", """[Unit]
Description=Shop worker
After=network-online.target

[Service]
User=shop
EnvironmentFile=/etc/shop/worker.env
ExecStart=/opt/shop/bin/worker --queue default --concurrency 4
Restart=on-failure
LoadCredential=db-password:/etc/credstore/shop-db-password

[Install]
WantedBy=multi-user.target""")
    add("cfg-crontab", """# m h dom mon dow command
*/5 * * * * /opt/shop/bin/sync-stock >> /var/log/shop/sync.log 2>&1
15 2 * * * /opt/shop/bin/backup --target s3://shop-backups/nightly --keep 14
0 6 * * 1 /opt/shop/bin/report weekly --to finance-reports""")
    add("cfg-dockerfile", """FROM python:3.12-slim AS base
ENV PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.acme.dev/simple" uv sync --frozen
COPY . .
CMD ["gunicorn", "app.wsgi", "-b", "0.0.0.0:8000"]""")
    add("cfg-env-example", """# Copy to .env and fill in. Never commit .env.
DATABASE_URL=
REDIS_URL=redis://localhost:6379/0
SENTRY_DSN=
STRIPE_SECRET_KEY=
STRIPE_WEBHOOK_SECRET=
FEATURE_FLAGS=new-checkout,search-v2""")
    add("cfg-vault-policy", """path "kv/data/payments/*" {
  capabilities = ["read"]
}

path "database/creds/payments-ro" {
  capabilities = ["read"]
}

path "auth/token/renew-self" {
  capabilities = ["update"]
}""")
    add("cfg-gitignore", """# secrets and local config
.env
.env.*
!.env.example
*.pem
*.key
secrets/
terraform.tfstate*
.terraform/
node_modules/""")
    add("cfg-ansible-vault-ref", """- name: configure the app database user
  community.postgresql.postgresql_user:
    name: shop_app
    password: "{{ vault_shop_db_password }}"
    db: shop
  no_log: true""")
    add("cfg-prometheus-rule", """groups:
  - name: checkout
    rules:
      - alert: CheckoutErrorRateHigh
        expr: sum(rate(http_requests_total{job="checkout",code=~"5.."}[5m])) / sum(rate(http_requests_total{job="checkout"}[5m])) > 0.02
        for: 10m
        labels:
          severity: page
        annotations:
          summary: "Checkout 5xx above 2% for 10 minutes\"""")
    add("misc-checksums", "$ sha256sum -c SHA256SUMS\nshop-cli_2.8.1_linux_amd64.tar.gz: OK\nshop-cli_2.8.1_darwin_arm64.tar.gz: OK\n$ cat SHA256SUMS | head -2\n" + g.s(HEX, 64) + "  shop-cli_2.8.1_linux_amd64.tar.gz\n" + g.s(HEX, 64) + "  shop-cli_2.8.1_darwin_arm64.tar.gz")
    add("misc-csv-products", """sku,name,category,price_eur,stock
TSHIRT-BLK-M,Organic tee black M,apparel,29.90,118
MUG-WHT-350,Enamel mug 350 ml,kitchen,14.50,402
BAG-CNV-L,Canvas tote large,bags,19.00,77
CAP-NVY-OS,Baseball cap navy,accessories,24.00,0""")
    add("misc-math", """Let f(x) = x³ − 6x² + 11x − 6. Then f(1) = f(2) = f(3) = 0, so f(x) = (x − 1)(x − 2)(x − 3).
The derivative f'(x) = 3x² − 12x + 11 vanishes at x = 2 ± 1/√3 ≈ 1.4226 and 2.5774.""")
    add("misc-regex-doc", """Password policy regex (documented, not a password):

    ^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?=.*[^\\w\\s]).{12,128}$

It requires one lowercase letter, one uppercase letter, one digit, one symbol and 12-128 characters.""")
    add("misc-license", """MIT License

Copyright (c) 2026 Acme Labs

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software.""")
    add("misc-kube-config-redacted", """$ kubectl config view --minify
apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: https://ABCDEF1234567890.gr7.eu-west-1.eks.amazonaws.com
  name: shop-prod
users:
- name: shop-prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [eks, get-token, --cluster-name, shop-prod]""")
    add("misc-gh-cli-auth-status", """$ gh auth status
github.com
  ✓ Logged in to github.com account acme-ci-bot (keyring)
  - Active account: true
  - Git operations protocol: https
  - Token: gho_************************************
  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'""")
    add("misc-aws-sts", """$ aws sts get-caller-identity
{
    "UserId": "AROAEXAMPLEROLEID0000:ci-session",
    "Account": "123456789012",
    "Arn": "arn:aws:sts::123456789012:assumed-role/ci-deployer/ci-session"
}""")
    add("misc-npmrc-env", """# .npmrc (committed; the token comes from the CI environment)
@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
always-auth=true""")
    add("misc-git-credential-helper", """$ git config --global credential.helper
manager
$ git config --global --get-regexp '^url\\.'
url.git@github.com:.insteadof https://github.com/
$ git remote -v
origin  git@github.com:acme-labs/storefront.git (fetch)
origin  git@github.com:acme-labs/storefront.git (push)""")
    add("misc-benchmark", """goos: linux
goarch: amd64
pkg: github.com/acme-labs/shop/pricing
cpu: AMD EPYC 7B13
BenchmarkVAT/per-line-8         	 4812231	       249.1 ns/op	      48 B/op	       2 allocs/op
BenchmarkVAT/per-order-8        	 9122310	       131.7 ns/op	       0 B/op	       0 allocs/op
PASS
ok  	github.com/acme-labs/shop/pricing	3.412s""")
    add("misc-sql-explain", """EXPLAIN ANALYZE SELECT * FROM orders WHERE customer_id = 4812 AND created_at > now() - interval '30 days';
 Index Scan using orders_customer_created_idx on orders  (cost=0.43..52.18 rows=14 width=212) (actual time=0.031..0.094 rows=11 loops=1)
   Index Cond: ((customer_id = 4812) AND (created_at > (now() - '30 days'::interval)))
 Planning Time: 0.188 ms
 Execution Time: 0.121 ms""")

    return out
