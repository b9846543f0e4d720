using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using OrleansGovernance.Persistence.Database;

using OrleansGovernance.Abstractions.Stores;

namespace OrleansGovernance.Persistence.Stores;

/// <summary>
/// The Data Protection key ring in the platform's database (governance_data_protection_keys), so every process of a
/// cluster reads the same keys. Data Protection calls this synchronously and rarely (at start-up, on key rotation and
/// when the ring is refreshed, about once a day), so blocking here costs nothing worth an asynchronous path.
/// </summary>
public sealed class SqlXmlRepository(GovernanceDatabase database, TimeProvider clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = database.DataSource.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT xml FROM governance_data_protection_keys ORDER BY id";
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName) =>
        database.Writes.Run(async () =>
        {
            await using var connection = await database.DataSource.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO governance_data_protection_keys (friendly_name, xml, created_at) VALUES (@name, @xml, @at)";
            SqlValues.Add(command, "name", friendlyName);
            SqlValues.Add(command, "xml", element.ToString(SaveOptions.DisableFormatting));
            SqlValues.Add(command, "at", SqlValues.Time(database.Dialect, clock.GetUtcNow()));
            await command.ExecuteNonQueryAsync();
        }).GetAwaiter().GetResult();
}
