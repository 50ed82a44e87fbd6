import Foundation
import RujukDomain

extension AppState {
    /// The people who may own an action on this case: its counsellor, its referrers, the
    /// homeroom teacher, the vice principal, and the one writing.
    func peopleOnCase(_ c: Case) -> [String] {
        var logins: [String] = []
        func add(_ login: String?) {
            guard let login, !logins.contains(login), let person = school.staff[login],
                  person.roles != [.admin], school.canSee(person, c) else { return }
            logins.append(login)
        }
        add(c.assignee)
        c.referrers.forEach(add)
        for person in school.staff.values.sorted(by: { $0.login < $1.login }) where school.isHomeroomTeacher(person, of: c) { add(person.login) }
        add(actor.login)
        for person in school.staff.values.sorted(by: { $0.login < $1.login }) where person.has(.viceStudentAffairs) { add(person.login) }
        return logins
    }

    /// The tiers this person may write at (never one they could not read themselves).
    func writableTiers(_ c: Case) -> [Visibility] {
        Visibility.allCases.filter { school.denial(actor, .reply($0), on: c) == nil || school.canRead(actor, $0, in: c) }
    }

    /// The form of a kind for a case, with its defaults.
    public func openForm(_ kind: FormKind, for c: Case) -> FormState {
        let people = peopleOnCase(c).map(FormOption.person)
        let tiers = writableTiers(c)
        func tier(_ preferred: Visibility) -> FormField {
            FormField(.visibility, options: tiers.map(FormOption.visibility), chosen: .visibility(tiers.contains(preferred) ? preferred : tiers.last ?? .team))
        }
        let firstReferrer = c.referrers.first.map(FormOption.person)
        var fields: [FormField]
        switch kind {
        case .plan:
            fields = [FormField(.goal), FormField(.action), FormField(.owner, options: people, chosen: firstReferrer),
                      FormField(.withParents, options: [.yesNo(false), .yesNo(true)]), FormField(.due, text: catalog.weekFromToday)]
            if actor.has(.viceStudentAffairs) { fields.append(FormField(.kind, options: PlanItemKind.allCases.map(FormOption.planKind))) }
            fields.append(FormField(.reviewDate, text: c.reviewDate.map { DayInput.format($0, timeZone: timeZone) } ?? ""))
        case .service:
            fields = [FormField(.type, options: ServiceType.allCases.map(FormOption.service)),
                      FormField(.format, options: ServiceFormat.allCases.map(FormOption.format)),
                      FormField(.date, text: catalog.todayWord), FormField(.minutes, text: "45"), tier(.bkOnly), FormField(.notes)]
        case .review:
            let horizon: ReviewHorizon = c.reviewIsDue(at: now) ? .laijapen : .laiseg
            fields = [FormField(.horizon, options: ReviewHorizon.allCases.map(FormOption.horizon), chosen: .horizon(horizon)),
                      FormField(.rating, options: [.unchosen] + (1...5).map(FormOption.rating), chosen: .unchosen), tier(.team), FormField(.observation)]
        case .level:
            // The current level first: recording only the parents' contact or a referral's
            // outcome changes nothing else; → moves the case up.
            let levels = Level.allCases
            let order = Array(levels.drop { $0 != c.level }) + levels.prefix { $0 != c.level }
            fields = [FormField(.level, options: order.map(FormOption.level), chosen: .level(c.level)), FormField(.reason),
                      FormField(.parents), FormField(.agency), FormField(.letterDate, text: catalog.todayWord), FormField(.referralOutcome)]
            // The homeroom teacher records only the contact with the parents.
            if school.denial(actor, .escalate, on: c) != nil { fields = [FormField(.parents)] }
        case .conference:
            // Only the writer, who was surely there: the others are added as they came.
            let attendees = "\(actor.name) (\(catalog.role(actor.primaryRole)))"
            fields = [FormField(.date, text: catalog.todayWord), FormField(.attendees, text: attendees), FormField(.decisions), tier(.bkOnly),
                      FormField(.action), FormField(.actionOwner, options: people, chosen: firstReferrer),
                      FormField(.actionDue, text: catalog.weekFromToday)]
        case .visit:
            let companions = [FormOption.none] + people.filter { $0 != .person(actor.login) }
            fields = [FormField(.date, text: catalog.todayWord), FormField(.visitor, options: companions), FormField(.met),
                      FormField(.findings), FormField(.followUp), tier(.bkOnly)]
        case .reopen:
            fields = [FormField(.reason)]
        case .narrative:
            fields = []
        case .triage:
            let concerns = Concern.common.contains(c.concern) ? Concern.common : [c.concern] + Concern.common
            fields = [FormField(.urgency, options: Urgency.allCases.map(FormOption.urgency), chosen: .urgency(c.urgency)),
                      FormField(.area, options: Area.allCases.map(FormOption.area), chosen: .area(c.area)),
                      FormField(.concern, options: concerns.map(FormOption.concern), chosen: .concern(c.concern))]
        }
        var form = FormState(kind: kind, number: c.number, fields: fields)
        form.levelAtOpen = c.level
        form.caseOpenedAt = c.openedAt
        return form
    }

    /// The narrative form for a report period, holding what this counsellor wrote last for it.
    public func openNarrative(period: String) -> FormState {
        let written = school.narrative(of: actor.login, period: period)
        var form = FormState(kind: .narrative, number: 0, fields: NarrativeSection.allCases.map { FormField($0.field, text: written[$0] ?? "") })
        form.period = period
        return form
    }
}

extension NarrativeSection {
    /// The form field that holds this section.
    var field: FieldID {
        switch self {
        case .analisis: .analysis
        case .pendukung: .supporting
        case .penghambat: .hindering
        case .tindakLanjut: .nextSteps
        }
    }
}
