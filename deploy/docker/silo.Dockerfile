# The silo image: one Orleans silo of a PostgreSQL cluster (the API is co-hosted unless Api__Enabled=false).
# Build from the repository root: docker build -f deploy/docker/silo.Dockerfile -t orleans-governance/silo .
# The same image runs the schema migration: docker run ... orleans-governance/silo migrate

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files first, so a source-only change reuses the restored packages layer.
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig ./
COPY grains/OrleansGovernance.Domain/OrleansGovernance.Domain.csproj grains/OrleansGovernance.Domain/
COPY grains/OrleansGovernance.Abstractions/OrleansGovernance.Abstractions.csproj grains/OrleansGovernance.Abstractions/
COPY grains/OrleansGovernance.Grains/OrleansGovernance.Grains.csproj grains/OrleansGovernance.Grains/
COPY client-api/OrleansGovernance.Api/OrleansGovernance.Api.csproj client-api/OrleansGovernance.Api/
COPY silo/OrleansGovernance.Persistence/OrleansGovernance.Persistence.csproj silo/OrleansGovernance.Persistence/
COPY silo/OrleansGovernance.Silo/OrleansGovernance.Silo.csproj silo/OrleansGovernance.Silo/
RUN dotnet restore silo/OrleansGovernance.Silo/OrleansGovernance.Silo.csproj
COPY grains/ grains/
COPY client-api/OrleansGovernance.Api/ client-api/OrleansGovernance.Api/
COPY silo/OrleansGovernance.Persistence/ silo/OrleansGovernance.Persistence/
COPY silo/OrleansGovernance.Silo/ silo/OrleansGovernance.Silo/
RUN dotnet publish silo/OrleansGovernance.Silo/OrleansGovernance.Silo.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The images serve a PostgreSQL cluster; the embedded SQLite default would write data/ under a read-only root.
# Server GC is already in the runtimeconfig (Directory.Build.props); the variable keeps it if that ever changes.
# 8080 serves the probes (and the API where enabled), 9464 only /metrics (without a token, for Prometheus).
ENV Storage__Provider=postgres \
    Urls="http://+:8080;http://+:9464" \
    Metrics__Port=9464 \
    DOTNET_gcServer=1 \
    DOTNET_NOLOGO=1
EXPOSE 8080 9464 11111 30000
# The aspnet image's non-root "app" user, by number so that Kubernetes' runAsNonRoot can verify it.
USER 1654
ENTRYPOINT ["dotnet", "OrleansGovernance.Silo.dll"]
