namespace OrleansGovernance.Domain.Tests;

public sealed class PlaceIdsTests
{
    [Theory]
    [InlineData("xiamen")]
    [InlineData("xiamen.jimei.xinglin.fangzhi.hualing-garden")]
    [InlineData("a1.2b.3")]
    [InlineData("lianhua-xincheng--yueyuan")]
    public void Lower_case_segments_of_letters_digits_and_inner_hyphens_joined_by_dots_are_valid(string id)
    {
        Assert.True(PlaceIds.IsValid(id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Xiamen")]
    [InlineData("xiamen.")]
    [InlineData(".xiamen")]
    [InlineData("xiamen..jimei")]
    [InlineData(".")]
    [InlineData("-xiamen")]
    [InlineData("xiamen-")]
    [InlineData("xiamen.-jimei")]
    [InlineData("xiamen.jimei-")]
    [InlineData("hualing garden")]
    [InlineData("hualing_garden")]
    [InlineData("xiamen/jimei")]
    [InlineData("厦门")]
    [InlineData("xiamen ")]
    public void Anything_else_is_not_a_place_id(string? id)
    {
        Assert.False(PlaceIds.IsValid(id));
    }

    [Fact]
    public void An_id_may_be_two_hundred_characters_long_and_no_longer()
    {
        Assert.True(PlaceIds.IsValid(new string('a', PlaceIds.MaxLength)));
        Assert.False(PlaceIds.IsValid(new string('a', PlaceIds.MaxLength + 1)));
        Assert.False(PlaceIds.IsValid("xiamen." + new string('a', PlaceIds.MaxLength - 6)));
    }

    [Theory]
    [InlineData("xiamen.jimei.xinglin.fangzhi.hualing-garden", "xiamen.jimei.xinglin.fangzhi")]
    [InlineData("xiamen.jimei", "xiamen")]
    public void The_parent_is_the_id_without_its_last_segment(string id, string parent)
    {
        Assert.Equal(parent, PlaceIds.ParentOf(id));
    }

    [Theory]
    [InlineData("xiamen")]
    [InlineData("")]
    public void A_single_segment_has_no_parent(string id)
    {
        Assert.Null(PlaceIds.ParentOf(id));
    }

    [Theory]
    [InlineData("xiamen.jimei", "xiamen", true)]
    [InlineData("xiamen.jimei.xinglin.fangzhi", "xiamen.jimei.xinglin", true)]
    [InlineData("xiamen.jimei.xinglin", "xiamen", false)] // a grandchild is not a child
    [InlineData("xiamen", "xiamen", false)]
    [InlineData("xiamen", "", false)]
    [InlineData("xiamen.jimei", "xiamen.jimei", false)]
    [InlineData("xiamen.jimeix.xinglin", "xiamen.jimei", false)] // a prefix that is not a whole segment
    [InlineData("xiamen.jimei", "xia", false)]
    [InlineData("xiamen", "xiamen.jimei", false)] // the parent is not a child of its child
    public void Only_a_place_one_segment_below_is_a_child(string id, string parentId, bool isChild)
    {
        Assert.Equal(isChild, PlaceIds.IsChildOf(id, parentId));
    }
}
