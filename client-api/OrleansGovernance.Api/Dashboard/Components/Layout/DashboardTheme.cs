using MudBlazor;

namespace OrleansGovernance.Api.Dashboard.Components.Layout;

/// <summary>MudBlazor's default look, with the greys people read darkened to a contrast of at least 4.5:1 on white.</summary>
internal static class DashboardTheme
{
    public static readonly MudTheme Value = new()
    {
        PaletteLight = new PaletteLight
        {
            // Defaults: rgba(0,0,0,0.38) for disabled text (the current breadcrumb, 2.3:1) and 0.54 for secondary text.
            TextDisabled = "rgba(0,0,0,0.62)",
            TextSecondary = "rgba(0,0,0,0.66)",
            ActionDisabled = "rgba(0,0,0,0.56)",

            // Default success green (#00c853) reads 2.1:1 on white: the ledger's income and the met targets use it as text.
            Success = "#2e7d32",
        },
    };
}
