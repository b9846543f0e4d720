using OrleansGovernance.Domain.Seals;

namespace OrleansGovernance.Domain.Tests.Seals;

public sealed class SealRegisterTests
{
    private readonly SealRegister _register = SealRegister.Open(TestData.CompoundId);

    private static Stamp By(string who, int minute, string? note = null) => new(who, TestData.T0.AddMinutes(minute), note);

    [Fact]
    public void An_approved_request_is_used_once_and_its_log_names_who_did_each_step_and_when()
    {
        var request = _register.Request(new SealRequestDraft("Property service contract 2024", "renew the contract with Chengfa property"), By("committee-chair-su", 0));
        _register.Approve(request.Number, By("fangzhi-staff-wu", 5, "the assembly voted on 2024-03-02"));
        _register.Use(request.Number, By("fangzhi-staff-wu", 10));

        Assert.Equal(SealRequestStatus.Used, request.Status);
        Assert.Equal(
            ["Requested committee-chair-su", "Approved fangzhi-staff-wu", "Used fangzhi-staff-wu"],
            request.Log.Select(e => $"{e.Action} {e.By}"));
        Assert.Equal(TestData.T0.AddMinutes(10), request.Log[^1].At);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<DomainRuleException>(() => _register.Use(request.Number, By("fangzhi-staff-wu", 11))).Violation);
        Assert.Equal(new SealFacts(TestData.CompoundId, 3, 1, 0, 0, 1), _register.Facts);
    }

    [Fact]
    public void The_seal_is_not_used_on_a_pending_or_refused_request()
    {
        var pending = _register.Request(new SealRequestDraft("Notice", "announce the AGM"), By("chair", 0));
        var refused = _register.Request(new SealRequestDraft("Loan guarantee", "guarantee a loan"), By("chair", 1));
        _register.Refuse(refused.Number, By("staff", 2, "the assembly never agreed to it"));

        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<DomainRuleException>(() => _register.Use(pending.Number, By("staff", 3))).Violation);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<DomainRuleException>(() => _register.Use(refused.Number, By("staff", 3))).Violation);
        Assert.Equal(RuleViolation.InvalidTransition, Assert.Throws<DomainRuleException>(() => _register.Approve(refused.Number, By("staff", 3))).Violation);
        Assert.Equal(new SealFacts(TestData.CompoundId, 3, 2, 1, 1, 0), _register.Facts);
    }

    [Fact]
    public void A_request_without_document_or_purpose_or_a_refusal_without_reason_is_refused()
    {
        Assert.Equal(RuleViolation.InvalidInput, Assert.Throws<DomainRuleException>(() => _register.Request(new SealRequestDraft(" ", "x"), By("chair", 0))).Violation);
        Assert.Equal(RuleViolation.InvalidInput, Assert.Throws<DomainRuleException>(() => _register.Request(new SealRequestDraft("Doc", ""), By("chair", 0))).Violation);
        var request = _register.Request(new SealRequestDraft("Doc", "why"), By("chair", 0));

        Assert.Equal(RuleViolation.InvalidInput, Assert.Throws<DomainRuleException>(() => _register.Refuse(request.Number, By("staff", 1))).Violation);
        Assert.Equal(SealRequestStatus.Pending, request.Status);
        Assert.Equal(RuleViolation.NotFound, Assert.Throws<DomainRuleException>(() => _register.Approve(7, By("staff", 1))).Violation);
    }
}
