using System.Net;
using System.Net.Http.Json;
using static OrleansGovernance.Api.Tests.AccessPlatform;

namespace OrleansGovernance.Api.Tests;

/// <summary>Ids a body names are ids: a path like "../../etc/passwd" is refused with 400 and stored nowhere.</summary>
[Collection(AccessCollection.Name)]
public sealed class ReferenceIdTests(AccessPlatform platform)
{
    private const string Traversal = "../../etc/passwd";

    [Fact]
    public async Task A_property_company_or_instructor_id_that_is_a_path_is_refused()
    {
        await platform.Ready();
        var before = await platform.Admin.GetStringAsync($"/api/v1/compounds/{Compound}");

        var company = await platform.Admin.PutAsJsonAsync($"/api/v1/compounds/{Compound}/property-service", new { companyId = Traversal, companyName = "Chengfa property" });
        var instructor = await platform.Admin.PutAsJsonAsync($"/api/v1/compounds/{Compound}/property-service", new { companyId = "chengfa", companyName = "Chengfa property", instructorId = Traversal });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (company.StatusCode, instructor.StatusCode));
        Assert.Equal(before, await platform.Admin.GetStringAsync($"/api/v1/compounds/{Compound}"));
    }

    [Fact]
    public async Task A_co_building_unit_id_that_is_a_path_is_refused()
    {
        await platform.Ready();
        var before = await platform.Admin.GetStringAsync($"/api/v1/communities/{Community}");

        var refused = await platform.Admin.PostAsJsonAsync($"/api/v1/communities/{Community}/co-building-units", new { id = Traversal, name = "Fire station", nameZh = "消防站" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(before, await platform.Admin.GetStringAsync($"/api/v1/communities/{Community}"));
    }
}
