import Foundation
import RujukDomain

/// Why a form cannot be sent yet; the catalog words it.
public enum FormProblem: Sendable, Equatable {
    case badDate(FieldID)
    /// A service, conference or visit dated before its case was opened (that day is given).
    case beforeCaseOpened(FieldID, String)
    case badMinutes
    case nothingToRecord
    case required(FieldID)
}

extension FormState {
    /// The events this form records, or what must be fixed first. The domain checks the
    /// rest (permissions, the parent-contact step, owners on the case) when they are appended.
    public func events(actor: String, now: Date, timeZone: TimeZone) -> Result<[Event], FormProblem> {
        func day(_ id: FieldID, _ moment: DayInput.Moment = .noon) -> Result<Date?, FormProblem> {
            let t = text(id)
            if t.isEmpty { return .success(nil) }
            guard let d = DayInput.parse(t, now: now, timeZone: timeZone, at: moment) else { return .failure(.badDate(id)) }
            return .success(d)
        }
        func event(_ payload: EventPayload) -> Event { Event(at: now, actor: actor, payload: payload) }
        /// The day something happened for this case: not before the day it was opened.
        func happened(_ id: FieldID) -> Result<Date?, FormProblem> {
            guard case .success(let d?) = day(id), let opened = caseOpenedAt else { return day(id) }
            let openedDay = DayInput.format(opened, timeZone: timeZone)
            return DayInput.format(d, timeZone: timeZone) < openedDay ? .failure(.beforeCaseOpened(id, openedDay)) : .success(d)
        }
        let visibility = choice(.visibility)?.visibility ?? .bkOnly
        do {
            switch kind {
            case .plan:
                var out: [Event] = []
                if !text(.goal).isEmpty { out.append(event(.goalAdded(number: number, text: text(.goal)))) }
                if !text(.action).isEmpty {
                    out.append(event(.planItemAdded(PlanItemAdded(
                        number: number, text: text(.action), owner: choice(.owner)?.person ?? actor, due: try day(.due).get(),
                        kind: choice(.kind)?.planKind ?? .support, withParents: choice(.withParents)?.yes == true))))
                }
                if let review = try day(.reviewDate).get(), text(.reviewDate) != initialText(.reviewDate) {
                    out.append(event(.planReviewSet(number: number, date: review)))
                }
                if out.isEmpty { return .failure(.nothingToRecord) }
                return .success(out)
            case .service:
                guard let minutes = Int(text(.minutes)), (1...480).contains(minutes) else { return .failure(.badMinutes) }
                let type = choice(.type)?.service ?? .konselingPerorangan
                let format = choice(.format)?.format ?? .individual
                let notes = text(.notes)
                return .success([event(.serviceLogged(ServiceLogged(
                    number: number, type: type, format: format, on: try happened(.date).get(), minutes: minutes,
                    visibility: visibility, notes: notes.isEmpty ? nil : notes)))])
            case .review:
                let horizon = choice(.horizon)?.horizon ?? .laiseg
                let observation = text(.observation)
                // The rating counts in the reports' mean: it is the person's, never a default.
                guard let rating = choice(.rating)?.rating else { return .failure(.required(.rating)) }
                return .success([event(.reviewRecorded(ReviewRecorded(
                    number: number, horizon: horizon, rating: rating,
                    visibility: visibility, text: observation.isEmpty ? nil : observation)))])
            case .level:
                var out: [Event] = []
                if !text(.parents).isEmpty { out.append(event(.parentsContacted(number: number, how: text(.parents)))) }
                if let level = choice(.level)?.level, level != levelAtOpen {
                    if text(.reason).isEmpty { return .failure(.required(.reason)) }
                    var referral: Referral?
                    if level == .outsideAgency {
                        if text(.agency).isEmpty { return .failure(.required(.agency)) }
                        referral = Referral(agency: text(.agency), letterDate: try day(.letterDate).get() ?? now)
                    }
                    out.append(event(.escalated(Escalation(number: number, level: level, reason: text(.reason), referral: referral))))
                }
                if !text(.referralOutcome).isEmpty {
                    out.append(event(.referralOutcome(EntryText(number: number, visibility: .bkOnly, text: text(.referralOutcome)))))
                }
                if out.isEmpty { return .failure(.nothingToRecord) }
                return .success(out)
            case .conference:
                let attendees = Attendee.list(from: text(.attendees))
                if attendees.isEmpty { return .failure(.required(.attendees)) }
                if text(.decisions).isEmpty { return .failure(.required(.decisions)) }
                var actions: [ActionDraft] = []
                if !text(.action).isEmpty {
                    actions.append(ActionDraft(text: text(.action), owner: choice(.actionOwner)?.person ?? actor,
                                               due: try day(.actionDue).get()))
                }
                return .success([event(.conferenceHeld(ConferenceHeld(
                    number: number, on: try happened(.date).get() ?? now, attendees: attendees, visibility: visibility,
                    decisions: text(.decisions), actions: actions)))])
            case .triage:
                // Only what was changed is recorded.
                func changed(_ id: FieldID) -> FormOption? { choice(id) != initialChoice(id) ? choice(id) : nil }
                let triage = Triage(number: number, urgency: changed(.urgency)?.urgency,
                                    area: changed(.area)?.area, concern: changed(.concern)?.concern)
                if triage == Triage(number: number) { return .failure(.nothingToRecord) }
                return .success([event(.triaged(triage))])
            case .narrative:
                // Each section changed becomes its own event; an emptied section keeps its
                // last text (the journal keeps every version anyway).
                guard let period else { return .failure(.nothingToRecord) }
                let changed = NarrativeSection.allCases.filter { !text($0.field).isEmpty && text($0.field) != initialText($0.field) }
                if changed.isEmpty { return .failure(.nothingToRecord) }
                return .success(changed.map { event(.narrativeWritten(Narrative(period: period, section: $0, text: text($0.field)))) })
            case .reopen:
                // The case file says why a closed case was opened again: the reason is asked for.
                if text(.reason).isEmpty { return .failure(.required(.reason)) }
                return .success([event(.reopened(number: number, reason: text(.reason)))])
            case .visit:
                if text(.findings).isEmpty { return .failure(.required(.findings)) }
                let visitors = [actor] + [choice(.visitor)?.person].compactMap { $0 }
                return .success([event(.homeVisited(HomeVisited(
                    number: number, on: try happened(.date).get() ?? now, visitors: visitors, visibility: visibility,
                    details: VisitDetails(met: text(.met), findings: text(.findings), followUp: text(.followUp)))))])
            }
        } catch {
            return .failure(error)
        }
    }

    private func initialChoice(_ id: FieldID) -> FormOption? {
        guard let field = initial.first(where: { $0.id == id }), case .choice(let options, let i) = field.value,
              options.indices.contains(i) else { return nil }
        return options[i]
    }

    private func initialText(_ id: FieldID) -> String {
        guard let field = initial.first(where: { $0.id == id }), case .text(let s) = field.value else { return "" }
        return s.trimmingCharacters(in: .whitespaces)
    }
}

extension FormProblem: Error {}
