using OrleansGovernance.Domain.Visits;

namespace OrleansGovernance.Persistence.Tests;

public sealed class HouseholdRegisterRowTests
{
    [Fact]
    public void A_register_read_back_from_its_row_keeps_its_households_in_ordinal_order()
    {
        var register = (HouseholdRegister)StoredRows.Read("household-register", Samples.Current(StoredRows.Shape("household-register")));

        Assert.Same(StringComparer.Ordinal, register.Households.Comparer);
        Assert.NotEmpty(register.Households);
    }
}
