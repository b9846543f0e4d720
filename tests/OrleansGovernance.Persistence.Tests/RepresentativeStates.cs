using OrleansGovernance.Domain;
using OrleansGovernance.Domain.Community;
using OrleansGovernance.Domain.Ledger;
using OrleansGovernance.Domain.Organisation;
using OrleansGovernance.Domain.Party;
using OrleansGovernance.Domain.Plans;
using OrleansGovernance.Domain.Seals;
using OrleansGovernance.Domain.Tickets;
using OrleansGovernance.Domain.Visits;
using OrleansGovernance.Grains;
using OrleansGovernance.Grains.Notices;
using OrleansGovernance.Domain.Notices;
using OrleansGovernance.Domain.Outbound;

namespace OrleansGovernance.Persistence.Tests;

/// <summary>
/// One state of each persisted kind, made through the domain's own methods at fixed times, with every optional
/// member set where the rules allow it, enums, nested lists and a few steps of history, so that its stored row names
/// every member the kind stores. Places and people are those of Xinglin (the seed data).
/// </summary>
internal static class RepresentativeStates
{
    private const string SubdistrictId = "xiamen.jimei.xinglin";
    private const string CommunityId = SubdistrictId + ".fangzhi";
    private const string CompoundId = CommunityId + ".hualing-garden";
    private const string PlanId = CompoundId + ".plan-2024-2026";
    private const string TicketId = "t-20230601020000000-k4p7w2";
    private const string Resident = "resident-chen";
    private const string GridWorker = "grid-worker-wu";

    /// <summary>Thursday 2023-06-01, 10:00 in China.</summary>
    private static readonly DateTimeOffset T0 = new(2023, 6, 1, 2, 0, 0, TimeSpan.Zero);

    public static object For(string kind) => kind switch
    {
        "ticket" => ReopenedTicket(),
        "compound" => HualingGarden(),
        "community" => Fangzhi(),
        "community-work" => new CommunityWorkState { Sources = ["door-visits", "service-days"] },
        "household-register" => FangzhiHouseholds(),
        "visit-log" => FangzhiVisits(),
        "party-register" => FangzhiPartyRegister(),
        "service-log" => FangzhiServiceLog(),
        "service-days" => FangzhiServiceDays(),
        "recurring-services" => NingbaoLunch(),
        "region" => Xinglin(),
        "ledger" => HualingLedger(),
        "seal-register" => HualingSealRegister(),
        "branch" => HualingBranch(),
        "plan" => HualingPlan(),
        "resident-notices" => HualingNotices(),
        "notice-desk" => NoticeDesk(),
        "resident-opt-out" => OptedOut(),
        "webhooks" => RepresentativeWebhookStates.Registry(),
        "webhook-dispatch" => RepresentativeWebhookStates.Queue(),
        "webhook-log" => RepresentativeWebhookStates.Log(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no representative state of this kind: add one."),
    };

    /// <summary>A member in work with a phone and a home compound, a retired one, a team serving the compound, one service.</summary>
    private static PartyRegister FangzhiPartyRegister()
    {
        var register = PartyRegister.Open(CommunityId);
        register.Register(new PartyMemberDraft("Chen Lin", "13800000000", MemberStanding.InWork, "Jimei tax office", CompoundId, new DateOnly(2022, 3, 1)), [CompoundId]);
        register.Register(new PartyMemberDraft("Wu Fang", null, MemberStanding.Retired, null, null, new DateOnly(2021, 9, 1), Synthetic: true), [CompoundId]);
        register.Form(new ServiceTeamDraft("Lift patrol", "电梯巡查队", CompoundId, ["pm-1", "pm-2"]), [CompoundId]);
        register.Count(register.Prepare(LiftCheck, new Stamp(GridWorker, T0)));
        return register;
    }

    private static ServiceLog FangzhiServiceLog()
    {
        var log = ServiceLog.Open(ServiceLog.Key(CommunityId, 202305));
        log.File(LiftCheck.ToActivity("sa-1", GridWorker));
        return log;
    }

    private static ServiceActivityDraft LiftCheck => new(new DateOnly(2023, 5, 20), "team-1", ["pm-1", "pm-2"], 1.5m, 12, "Checked the lifts with the property company");

    /// <summary>
    /// Escalated, settled, rated, reopened, claimed again and rated again. A duplicate is never rated, so
    /// <c>duplicateOf</c> is the one member left null (its name is still written).
    /// </summary>
    private static Ticket ReopenedTicket()
    {
        var ticket = Ticket.Submit(
            TicketId,
            new TicketSubmission(CompoundId, TicketCategory.EbikeInLift, TicketChannel.Open311, "E-bike taken into lift 2 again", "Building 3, lift 2",
                new ReporterContact("陈阿姨", "13800001234", "chen@example.org", "oXinglin_chen-0001"),
                new ServiceRequestDetails("https://photos.example.cn/lift-2.jpg", "361021", new GeoPoint(24.5902, 118.0433), "Charging in the lift: yes")),
            ServiceLevelPolicy.Default,
            new Stamp(Resident, T0, "third time this week", ByName: "陈阿姨"));
        ticket.Acknowledge(new Stamp(GridWorker, T0.AddMinutes(3), "seen, on the way", ByName: "吴晓峰"));
        ticket.Claim(ClaimingParty.PropertyCompany, "Chengfa property", new Stamp(GridWorker, T0.AddMinutes(10)));
        ticket.Escalate(new Stamp(GridWorker, T0.AddHours(2), "needs the lift blocker: joint meeting"));
        ticket.Settle(new Stamp(GridWorker, T0.AddDays(3), "blocker with image recognition installed", NoteVisibility.Public, "吴晓峰"));
        ticket.Rate(SatisfactionLevel.Dissatisfied, new Stamp(Resident, T0.AddDays(4)));
        ticket.Reopen(new Stamp(Resident, T0.AddDays(5), "the blocker misses folded e-bikes"));
        ticket.Claim(ClaimingParty.Branch, "Hualing Garden compound branch", new Stamp(GridWorker, T0.AddDays(5).AddMinutes(4)));
        ticket.Settle(new Stamp(GridWorker, T0.AddDays(9), "recognition retrained on folded e-bikes"));
        ticket.Rate(SatisfactionLevel.VerySatisfied, new Stamp(Resident, T0.AddDays(10), "works now"));
        return ticket;
    }

    private static CompoundState HualingGarden()
    {
        var profile = new CompoundProfile
        {
            Id = CompoundId,
            Name = "Hualing Garden",
            NameZh = "华铃花园",
            CommunityId = CommunityId,
            Households = 1280,
            Location = new GeoPoint(24.5901, 118.0432),
            OwnersCommittee = new OwnersCommittee(
                [
                    new CommitteeMember("胡梅", PartyMember: true, CommitteeRole.Chair),
                    new CommitteeMember("庄梅涛", PartyMember: true, CommitteeRole.ViceChair),
                    new CommitteeMember("洪丽", PartyMember: false, CommitteeRole.Member),
                ],
                new DateOnly(2023, 6, 20)),
            PropertyService = new PropertyService("chengfa-property", "Chengfa Property", "陈桂毅", "instructor-01", RedProperty: true),
            DualSeal = true,
            Bookkeeping = true,
            Plans = [PlanId],
            Surveys = [new PropertySurvey(2022, 96, 81), new PropertySurvey(2023, 120, 108)],
            Synthetic = false,
            Boundary = new CompoundBoundary(
                [new GeoPoint(24.5893, 118.0421), new GeoPoint(24.5894, 118.0445), new GeoPoint(24.5910, 118.0443), new GeoPoint(24.5908, 118.0420), new GeoPoint(24.5893, 118.0421)]),
        };
        profile.Validate();
        return new CompoundState { Profile = profile };
    }

    /// <summary>June's day held with a co-building unit and another partner, July's scheduled and not yet held.</summary>
    private static ServiceDayBook FangzhiServiceDays()
    {
        var book = ServiceDayBook.Open(CommunityId);
        book.Schedule(new ServiceDayPlan(new DateOnly(2023, 6, 10)), new Stamp(GridWorker, T0));
        book.Record(
            new ServiceDayRecord(new DateOnly(2023, 6, 10), ["Blood-pressure checks", "Knife sharpening"], ["city-housing-security-centre"], ["Xinglin health centre"], 86),
            ["city-housing-security-centre"], new Stamp(GridWorker, T0.AddDays(9)));
        book.Schedule(new ServiceDayPlan(new DateOnly(2023, 7, 8), Synthetic: true), new Stamp(GridWorker, T0.AddDays(10)));
        return book;
    }

    /// <summary>Ningbao's weekday lunch (a household by internal reference, an end date set), delivered on the first two days.</summary>
    private static RecurringServiceBook NingbaoLunch()
    {
        var book = RecurringServiceBook.Open(SubdistrictId + ".ningbao");
        var lunch = new ResourceItem("resource-0001", "Weekday lunch delivery", "home-care station", T0, false);
        var service = book.Start(
            new RecurringServiceDraft("resource-0001", "ningbao-hh-017", RecurringServiceDraft.Weekdays, new DateOnly(2023, 6, 1), new DateOnly(2023, 12, 29), "Ningbao Shijia property office"),
            [lunch], new Stamp(GridWorker, T0));
        book.Log(service.Id, new Stamp(GridWorker, T0));
        book.Log(service.Id, new Stamp(GridWorker, T0.AddDays(1)));
        return book;
    }

    private static CommunityState Fangzhi()
    {
        var profile = new CommunityProfile
        {
            Id = CommunityId,
            Name = "Fangzhi",
            NameZh = "纺织社区",
            RegionId = SubdistrictId,
            Compounds = [CompoundId, CommunityId + ".xiaoqu-02"],
            Council = new Council("Red Union Council", "红联议事厅",
                [
                    new CouncilMember("吴斌斌", "community party committee secretary", CouncilParty.CommunityPartyCommittee),
                    new CouncilMember("陈桂毅", "property manager", CouncilParty.PropertyManager, CompoundId),
                ]),
            CoBuildingUnits =
            [
                new CoBuildingUnit("city-housing-security-centre", "City Housing Security Centre party branch", "市住房保障中心党支部", CompoundId),
                new CoBuildingUnit("enterprise-01", "Enterprise 01 party branch (synthetic)", "合成企业01党支部", Synthetic: true),
            ],
            Synthetic = false,
        };
        profile.Validate();

        var state = new CommunityState { Profile = profile };
        var lunch = state.Lists.ListResource("resource-0001", new ResourceDraft("Weekday lunch delivery", "home-care station"), new Stamp(GridWorker, T0));
        state.Lists.ListResource("resource-0002", new ResourceDraft("Free legal advice", "law firm (synthetic)", Synthetic: true), new Stamp(GridWorker, T0.AddDays(1)));
        var demand = state.Lists.CollectDemand("demand-0001", new DemandDraft("Lunch for a resident over 80", DemandChannel.HappinessMailbox, CompoundId), new Stamp(GridWorker, T0.AddDays(2)));
        var survey = state.Lists.CollectDemand("demand-0002", new DemandDraft("More benches by the bus stop", DemandChannel.OnlineSurvey, Synthetic: true), new Stamp(GridWorker, T0.AddDays(2)));
        state.Lists.Claim("claim-0001", new ClaimDraft(demand.Id, lunch.Id), new Stamp(GridWorker, T0.AddDays(3)));
        state.Lists.Claim("claim-0002", new ClaimDraft(survey.Id, ResponsibleParty: "municipal landscaping centre"), new Stamp(GridWorker, T0.AddDays(4)));

        var draft = new MeetingDraft(
            MeetingKind.JointMeeting,
            "Lift e-bike blocker",
            ["community party committee", "compound branch", "Chengfa property"],
            [new AgendaItem("E-bikes in lift 2", TicketId: TicketId), new AgendaItem("Lunch delivery", DemandId: demand.Id), new AgendaItem("Summer cleaning")],
            [new AgreedMatter("Install a blocker", "Chengfa property installs an image-recognition blocker in lift 2", [TicketId])]);
        draft.Validate();
        var stamp = new Stamp(GridWorker, T0.AddHours(2));
        state.Meetings.Add(new Meeting("meeting-0001", draft.Kind, draft.Title, stamp.At, draft.Attendees, draft.Agenda, draft.AgreedMatters, stamp.By, draft.Synthetic));
        state.Meetings.Add(CouncilMeeting(profile.Council!));
        return state;
    }

    /// <summary>A quarterly council meeting with one matter of each class, each with the record its class asks for.</summary>
    private static Meeting CouncilMeeting(Council council)
    {
        var committee = new CouncilSeat(CouncilParty.CommunityPartyCommittee);
        var manager = new CouncilSeat(CouncilParty.PropertyManager, CompoundId);
        AgreedMatter[] matters =
        [
            new("Parking on the fire lane", "Marked bays and a weekly patrol", []) { Class = MatterClass.Big, Concerns = [CompoundId], TookPart = [committee, manager] },
            new("Repaint the facades", "Paid from the maintenance fund", [])
            {
                Class = MatterClass.Important, Concerns = [CompoundId], Votes = [new PartyVote(committee, Vote.For), new PartyVote(manager, Vote.For)],
            },
            new("Burst water main", "Supply by tanker until repaired", [])
            {
                Class = MatterClass.Urgent, Concerns = [CompoundId], TookPart = [committee, manager], RaisedAt = T0.AddDays(5), ConsultedAt = T0.AddDays(5).AddHours(6),
            },
        ];
        var draft = new MeetingDraft(
            MeetingKind.CouncilMeeting, "Red Union Council, 2023Q2", ["community party committee", "Hualing Garden property"], [], matters, Form: CouncilMeetingForm.Quarterly);
        draft.Validate();
        var stamp = new Stamp(GridWorker, T0.AddDays(6));
        return new Meeting("meeting-0002", draft.Kind, draft.Title, stamp.At, draft.Attendees, draft.Agenda, draft.AgreedMatters, stamp.By, draft.Synthetic, draft.Form);
    }

    private static RegionState Xinglin()
    {
        var profile = new RegionProfile
        {
            Id = SubdistrictId,
            Name = "Xinglin",
            NameZh = "杏林街道",
            Level = RegionLevel.Subdistrict,
            ParentId = "xiamen.jimei",
            Children = [CommunityId, SubdistrictId + ".ningbao", SubdistrictId + ".lianting"],
            PartyInstructors = [new PartyInstructor("instructor-01", "Xiao Yanlin"), new PartyInstructor("instructor-02", "Zeng Xiaochun", Synthetic: true)],
        };
        profile.Validate();
        return new RegionState { Profile = profile };
    }

    /// <summary>Income posted at once, an expense approved by both parties, one refused, one reversed, and a new threshold.</summary>
    private static Ledger HualingLedger()
    {
        var ledger = Ledger.Open(CompoundId);
        ledger.Record(new LedgerEntryDraft(EntryKind.Income, LedgerCategory.Parking, new DateOnly(2023, 5, 31), 12_500m, "Chengfa property", "receipt 2023-05-P"), new Stamp("bookkeeper-lin", T0));
        var repair = ledger.Record(
            new LedgerEntryDraft(EntryKind.Expense, LedgerCategory.Repairs, new DateOnly(2023, 6, 1), 8_600.50m, "Jimei Lift Services", "invoice 0612", "lift 2 blocker"),
            new Stamp("bookkeeper-lin", T0.AddHours(1)));
        ledger.Approve(repair.Number, ApprovingParty.OwnersCommittee, new Stamp("committee-chair-hu", T0.AddHours(3), "agreed at the joint meeting"));
        ledger.Approve(repair.Number, ApprovingParty.Community, new Stamp("community-secretary-wu", T0.AddHours(5)));
        var party = ledger.Record(new LedgerEntryDraft(EntryKind.Expense, LedgerCategory.OwnersActivities, new DateOnly(2023, 6, 1), 6_000m, "Xinglin catering", "quote 77"), new Stamp("bookkeeper-lin", T0.AddHours(6)));
        ledger.Refuse(party.Number, ApprovingParty.Community, new Stamp("community-secretary-wu", T0.AddHours(8), "not a use of public revenue"));
        var cleaning = ledger.Record(new LedgerEntryDraft(EntryKind.Expense, LedgerCategory.CleaningAndGreening, new DateOnly(2023, 6, 2), 320m, "Green Hands", "invoice 31"), new Stamp("bookkeeper-lin", T0.AddDays(1)));
        ledger.Reverse(cleaning.Number, new Stamp("bookkeeper-lin", T0.AddDays(2), "billed to the wrong compound"));
        ledger.SetThreshold(6_000m);
        return ledger;
    }

    /// <summary>One request used, one refused, one still pending.</summary>
    /// <summary>A household in difficulty visited once (a request filed from the visit), a new resident never visited yet.</summary>
    private static HouseholdRegister FangzhiHouseholds()
    {
        var register = HouseholdRegister.Open(CommunityId);
        register.Register(new HouseholdDraft("fz-0007", CompoundId, InDifficulty: true, CadenceDays: 14, Synthetic: true), new Stamp(GridWorker, T0));
        register.Register(new HouseholdDraft("fz-0012", CompoundId, InDifficulty: false), new Stamp(GridWorker, T0));
        register.Keep(register.Visit(new VisitDraft("fz-0007", VisitKind.InDifficulty, "Handrail loose on the stairs", Synthetic: true), new Stamp(GridWorker, T0.AddDays(3), ByName: "吴晓峰"), TicketId));
        return register;
    }

    private static VisitLog FangzhiVisits()
    {
        var register = FangzhiHouseholds();
        var log = new VisitLog { CommunityId = CommunityId, Month = 202306 };
        log.Keep(register.Visit(new VisitDraft("fz-0012", VisitKind.NewResident, "Moved in last week; told of the happiness mailbox"), new Stamp(GridWorker, T0.AddDays(4), ByName: "吴晓峰"), TicketId));
        return log;
    }

    private static SealRegister HualingSealRegister()
    {
        var register = SealRegister.Open(CompoundId);
        var contract = register.Request(new SealRequestDraft("Property service contract 2024", "renewal agreed by the assembly"), new Stamp("committee-chair-hu", T0));
        register.Approve(contract.Number, new Stamp("community-secretary-wu", T0.AddDays(1), "assembly minutes checked"));
        register.Use(contract.Number, new Stamp("community-secretary-wu", T0.AddDays(2)));
        var loan = register.Request(new SealRequestDraft("Loan guarantee", "a member's private loan"), new Stamp("committee-chair-hu", T0.AddDays(3)));
        register.Refuse(loan.Number, new Stamp("community-secretary-wu", T0.AddDays(4), "not a matter of the assembly"));
        register.Request(new SealRequestDraft("Parking rules notice", "posting the rules the assembly adopted"), new Stamp("committee-chair-hu", T0.AddDays(5)));
        return register;
    }

    private static BranchProfile HualingBranch()
    {
        var branch = new BranchProfile
        {
            CompoundId = CompoundId,
            Secretary = new Secretary("何敏志", SecretarySource.CommunityCadre),
            DeputySecretary = new DeputySecretary("陈桂毅", FromPropertyCompany: true),
            PartyMembers = 7,
            AssignedCadres = [new AssignedCadre("叶国梅", CadreKind.GridWorker), new AssignedCadre("吴斌斌", CadreKind.CommunityCadre)],
            VanguardTeams = [new VanguardTeam("Hualing Garden vanguard team", "华铃花园党员先锋服务队", 12)],
        };
        branch.Validate();
        return branch;
    }

    /// <summary>Hualing Garden's plan with the report's four milestones: two done, one of them unticked and ticked again.</summary>
    /// <summary>Bilingual, with every step of a milestone taken once (a start, a tick with a photo, an inspection, a step back).</summary>
    private static Plan HualingPlan()
    {
        var plan = Plan.Create(PlanId, new PlanDraft(
            CompoundId,
            "Hualing Garden joint-building plan 2024–2026",
            ["Fangzhi community party committee", "Hualing Garden compound branch", "City Housing Security Centre party branch", "Chengfa property party branch"],
            new DateOnly(2024, 1, 1),
            new DateOnly(2026, 12, 31),
            [
                new MilestoneDraft("security-system", "Security system", MilestoneKind.Security, new DateOnly(2024, 6, 30), 2, "Hualing Garden compound branch", "安防系统", "华铃花园小区党支部"),
                new MilestoneDraft("non-motor-vehicle-shelter", "Non-motor-vehicle shelter", MilestoneKind.Shelter, new DateOnly(2024, 10, 31), 2, "City Housing Security Centre party branch", "非机动车停车棚搭建", "市住房保障中心党支部"),
                new MilestoneDraft("road-resurfacing", "Road resurfacing", MilestoneKind.Roadwork, new DateOnly(2025, 10, 31), 3, "Chengfa property party branch", "道路路面改造", "集美城发物业党支部"),
                new MilestoneDraft("party-masses-service-home", "Party–masses service home", MilestoneKind.ServiceHome, new DateOnly(2026, 12, 31), 3, "Fangzhi community party committee", "党群之家建设", "纺织社区党委"),
            ],
            TitleZh: "华铃花园社区物业党建联建三年工作规划（2024—2026年）",
            PartiesZh: ["纺织社区党委", "华铃花园小区党支部", "市住房保障中心党支部", "集美城发物业党支部"]));
        var june = new DateTimeOffset(2024, 6, 20, 8, 0, 0, TimeSpan.Zero);
        const string Branch = "plan-owner-hualing";
        const string Centre = "plan-owner-centre";
        plan.Take("security-system", MilestoneStep.Start, new Stamp(Branch, june.AddDays(-30), "cameras ordered", ByName: "张丽纯"));
        plan.Tick("security-system", new Stamp(Branch, june, "completed", ByName: "张丽纯"),
            [new EvidenceRef("ev-3f9a1c2b7d", "cameras-gate.jpg", EvidenceKinds.Jpeg, 482_113)]);
        plan.Take("security-system", MilestoneStep.Inspect, new Stamp(Branch, june.AddDays(3), "inspected by the centre", ByName: "张丽纯"),
            [new EvidenceRef("ev-8b2e4d6f01", "acceptance.pdf", EvidenceKinds.Pdf, 91_204)]);
        plan.Tick("non-motor-vehicle-shelter", new Stamp(Centre, june.AddMonths(4)));
        plan.Untick("non-motor-vehicle-shelter", new Stamp(Centre, june.AddMonths(4).AddDays(2), "roof not yet inspected"));
        plan.Tick("non-motor-vehicle-shelter", new Stamp(Centre, june.AddMonths(4).AddDays(9), "roof inspected"));
        return plan;
    }

    /// <summary>Two notices of a request, the second waiting for the first, which failed once; the request's version told.</summary>
    private static ResidentNoticeState HualingNotices()
    {
        var acknowledged = Notice(TicketEvent.Acknowledged, 2, NoticeChannel.Email, "chen@example.org");
        var claimed = Notice(TicketEvent.Claimed, 3, NoticeChannel.Email, "chen@example.org");
        return new ResidentNoticeState
        {
            Pending =
            [
                new NoticeDelivery(acknowledged, T0.AddMinutes(3)).Failed("smtp 451 UnexpectedStatusCode", T0.AddMinutes(3), RetrySchedule.Default)!,
                new NoticeDelivery(claimed, T0.AddMinutes(10)),
            ],
            Told = { [TicketId] = new ToldVersion(3, T0.AddMinutes(10)) },
        };
    }

    /// <summary>A key it made, one notice kept in the local outbox and one given up.</summary>
    private static NoticeDeskState NoticeDesk() => new()
    {
        Key = Convert.ToBase64String([.. Enumerable.Range(0, 32).Select(i => (byte)i)]),
        LocalOutbox = [new OutboxEntry(Notice(TicketEvent.Settled, 5, NoticeChannel.Sms, "13800001234"), T0.AddDays(3))],
        DeadLetters = [new DeadNotice(Notice(TicketEvent.Escalated, 4, NoticeChannel.WeChat, "oXinglin_chen-0001"), 1, "wechat errcode 43004", T0.AddHours(2))],
    };

    private static OptOutState OptedOut() => new() { OptedOut = true, By = "resident (opt-out link)", At = T0.AddDays(11) };

    private static ResidentNotice Notice(TicketEvent ticketEvent, int version, NoticeChannel channel, string address) => new(
        ResidentNotice.IdOf(TicketId, version, ticketEvent), CompoundId, TicketId, version, ticketEvent, channel, address,
        "【杏林街道】诉求进展：" + NoticeTemplates.StepName(ticketEvent),
        "【杏林街道】您反映的诉求（编号 " + TicketId + "）" + NoticeTemplates.StepName(ticketEvent) + "。",
        ["contact-key-of-the-email", "contact-key-of-the-phone"],
        T0.AddMinutes(version));
}
