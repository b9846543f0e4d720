namespace OrleansGovernance.Domain;

/// <summary>
/// Places are named by dotted paths (xiamen.jimei.xinglin.fangzhi.hualing-garden): stable, URL-safe,
/// and the parent of a place is its id without the last segment.
/// </summary>
public static class PlaceIds
{
    public const int MaxLength = 200;

    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }

        foreach (var segment in id.Split('.'))
        {
            if (segment.Length == 0 || segment[0] == '-' || segment[^1] == '-')
            {
                return false;
            }

            foreach (var c in segment)
            {
                if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static string? ParentOf(string id)
    {
        var dot = id.LastIndexOf('.');
        return dot < 0 ? null : id[..dot];
    }

    public static bool IsChildOf(string id, string parentId) =>
        ParentOf(id) is { } parent && parent == parentId;
}
