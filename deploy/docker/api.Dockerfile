# The standalone API host: an Orleans client of the PostgreSQL cluster, facing HTTP clients.
# Build from the repository root: docker build -f deploy/docker/api.Dockerfile -t orleans-governance/api .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files first, so a source-only change reuses the restored packages layer.
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig ./
COPY grains/OrleansGovernance.Domain/OrleansGovernance.Domain.csproj grains/OrleansGovernance.Domain/
COPY grains/OrleansGovernance.Abstractions/OrleansGovernance.Abstractions.csproj grains/OrleansGovernance.Abstractions/
COPY client-api/OrleansGovernance.Api/OrleansGovernance.Api.csproj client-api/OrleansGovernance.Api/
COPY client-api/OrleansGovernance.Api.Host/OrleansGovernance.Api.Host.csproj client-api/OrleansGovernance.Api.Host/
COPY silo/OrleansGovernance.Persistence/OrleansGovernance.Persistence.csproj silo/OrleansGovernance.Persistence/
RUN dotnet restore client-api/OrleansGovernance.Api.Host/OrleansGovernance.Api.Host.csproj
COPY grains/OrleansGovernance.Domain/ grains/OrleansGovernance.Domain/
COPY grains/OrleansGovernance.Abstractions/ grains/OrleansGovernance.Abstractions/
COPY client-api/ client-api/
COPY silo/OrleansGovernance.Persistence/ silo/OrleansGovernance.Persistence/
RUN dotnet publish client-api/OrleansGovernance.Api.Host/OrleansGovernance.Api.Host.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# Server GC is already in the runtimeconfig (Directory.Build.props); the variable keeps it if that ever changes.
# 8080 serves clients and the probes, 9464 only /metrics (without a token, for Prometheus).
ENV Urls="http://+:8080;http://+:9464" \
    Metrics__Port=9464 \
    DOTNET_gcServer=1 \
    DOTNET_NOLOGO=1
EXPOSE 8080 9464
# The aspnet image's non-root "app" user, by number so that Kubernetes' runAsNonRoot can verify it.
USER 1654
ENTRYPOINT ["dotnet", "OrleansGovernance.Api.Host.dll"]
