namespace OrleansGovernance.Deploy.Tests;

/// <summary>The repository these tests were built from, found upwards from the test folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(string relative) => System.IO.Path.Combine(Root, relative);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "OrleansGovernance.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("OrleansGovernance.sln not found above the test folder.");
    }
}
