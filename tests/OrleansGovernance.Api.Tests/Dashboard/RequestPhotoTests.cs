using OrleansGovernance.Api.Dashboard.Requests;

namespace OrleansGovernance.Api.Tests.Dashboard;

public sealed class RequestPhotoTests
{
    [Theory]
    [InlineData("https://photos.example.cn/a/1.jpg", "photos.example.cn")]
    [InlineData(" http://192.0.2.7/p.png ", "192.0.2.7")]
    public void A_web_address_is_linked_naming_its_host(string mediaUrl, string host) =>
        Assert.Equal(host, RequestPhoto.From(mediaUrl)?.Host);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("file:///etc/passwd")]
    [InlineData("photos/1.jpg")]
    public void Anything_but_a_web_address_is_not_linked(string? mediaUrl) =>
        Assert.Null(RequestPhoto.From(mediaUrl));
}
