import Foundation

extension School {
    /// Checks that `event` may happen now, by its actor, and then folds it in.
    /// This is what every writer goes through, so a stale or forbidden edit never lands.
    public mutating func apply(_ event: Event, position: TextRef? = nil) throws(DomainError) {
        try validate(event)
        try fold(event, position: position)
    }

    /// Folds an event that is already in the journal. History is the truth, so nothing is
    /// re-checked; only a closed case that is not in memory stops the fold.
    public mutating func fold(_ event: Event, position: TextRef? = nil) throws(DomainError) {
        if let number = event.payload.caseNumber, cases.index(forKey: number) == nil, number < nextCaseNumber, !historyLoaded {
            if case .caseOpened = event.payload {} else {
                throw DomainError(.needsHistory, .inClosedHistory("\(number)"))
            }
        }
        lastSeq = max(lastSeq, event.seq)
        let at = event.at
        switch event.payload {
        case .staffAdded(let person):
            staff[person.login] = person
        case .pinSet(let login, let hash):
            staff[login]?.pinHash = hash
        case .studentAdded(let student):
            indexStudentsIfNeeded()
            if let old = students[student.id] { studentIndex.replace(old, with: student) } else { studentIndex.insert(student) }
            students[student.id] = student
        case .caseOpened(let opened):
            var c = Case(number: opened.number, studentID: opened.studentID, area: opened.area,
                         concern: opened.concern, urgency: opened.urgency, openedBy: event.actor,
                         openedAt: at, firstFlag: opened.flag, version: event.seq)
            c.lastActivity = at
            indexOpenCasesIfNeeded()
            let isNew = cases[opened.number] == nil
            cases[opened.number] = c
            openCaseIndex.update(c, isNew: isNew)
            nextCaseNumber = max(nextCaseNumber, opened.number + 1)
        case .threadRead(let number, let upTo):
            readMarks[event.actor, default: [:]][number] = max(readMarks[event.actor]?[number] ?? 0, upTo)
            return
        case .studentChanged, .studentLeft, .studentReturned, .staffChanged, .staffLeft, .yearStarted:
            foldRoster(event)
        case .schoolSet(let s):
            settings = s
        case .narrativeWritten(var n):
            n.by = event.actor
            n.at = at
            narratives.append(n)
        default:
            // Taken out and put back: a copy left in `cases` would make every append to the case's
            // lists copy them whole (a long thread cost a copy of all its messages per reply).
            guard let number = event.payload.caseNumber, var c = cases.removeValue(forKey: number) else { return }
            let wasClosed = c.isClosed
            foldIntoCase(&c, event, position: position)
            c.lastActivity = max(c.lastActivity, at)
            c.version = event.seq
            cases[number] = c
            // Closing and reopening are what move a case in or out of its student's open cases.
            if wasClosed != c.isClosed { openCaseIndex.update(c, isNew: false) }
        }
    }

    private func foldIntoCase(_ c: inout Case, _ event: Event, position: TextRef?) {
        let at = event.at
        switch event.payload {
        case .flagAdded(_, let flag):
            c.flags.append(flag)
        case .pickedUp:
            c.assignee = event.actor
            if c.pickedUpAt == nil { c.pickedUpAt = at }
        case .assigned(_, let to):
            c.assignee = to
            if c.pickedUpAt == nil { c.pickedUpAt = at }
            c.assignedSeq = event.seq
            c.assignedBy = event.actor
        case .messagePosted(let m):
            let ref = m.ref ?? position
            c.messages.append(Message(seq: event.seq, author: event.actor, at: at, visibility: m.visibility, text: m.text, ref: ref))
        case .goalAdded(_, let text):
            c.goals.append(PlanGoal(text: text, by: event.actor, at: at))
        case .planItemAdded(let p):
            c.plan.append(PlanItem(id: (c.plan.map(\.id).max() ?? 0) + 1, text: p.text, owner: p.owner, due: p.due, done: false,
                                   addedBy: event.actor, at: at, kind: p.kind ?? .support, withParents: p.withParents ?? false))
            if let review = p.reviewDate { c.reviewDate = review }
        case .planItemDone(_, let item):
            if let i = c.plan.firstIndex(where: { $0.id == item }) {
                c.plan[i].done = true
                c.plan[i].doneBy = event.actor
                c.plan[i].doneAt = at
            }
        case .planReviewSet(_, let date):
            c.reviewDate = date
        case .serviceLogged(let s):
            c.services.append(Service(seq: event.seq, type: s.type, format: s.format ?? .individual, by: event.actor, at: at,
                                      on: s.on, minutes: s.minutes, visibility: s.visibility, notes: s.notes, ref: s.ref ?? position))
        case .reviewRecorded(let r):
            c.reviews.append(Review(seq: event.seq, horizon: r.horizon, by: event.actor, at: at, rating: r.rating,
                                    visibility: r.visibility, text: r.text, ref: r.ref ?? position))
        case .escalated(let e):
            c.level = e.level
            c.levels.append(LevelChange(level: e.level, by: event.actor, reason: e.reason, at: at, referral: e.referral))
        case .parentsContacted(_, let how):
            c.parentContacts.append(ParentContact(by: event.actor, at: at, how: how))
        case .referralOutcome(let m):
            c.referralNotes.append(Message(seq: event.seq, author: event.actor, at: at, visibility: m.visibility,
                                           text: m.text, ref: m.ref ?? position))
        case .conferenceHeld(let k):
            var ids: [Int] = []
            for a in k.actions {
                let id = (c.plan.map(\.id).max() ?? 0) + 1
                c.plan.append(PlanItem(id: id, text: a.text, owner: a.owner, due: a.due, done: false, addedBy: event.actor, at: at))
                ids.append(id)
            }
            c.conferences.append(Conference(seq: event.seq, by: event.actor, at: at, on: k.on, attendees: k.attendees,
                                            visibility: k.visibility, decisions: k.decisions, ref: k.ref ?? position, actionIDs: ids))
        case .homeVisited(let v):
            c.visits.append(HomeVisit(seq: event.seq, by: event.actor, at: at, on: v.on, visitors: v.visitors,
                                      visibility: v.visibility, details: v.details, ref: v.ref ?? position))
        case .closed(_, let outcome, let summary, let outcomeOnly):
            c.outcome = outcome
            if let summary {
                c.summary = summary
                c.summarySeq = event.seq
            }
            // The referrer hears back either way: the outcome-only choice counts as unread too.
            if outcomeOnly {
                c.outcomeOnly = true
                c.summarySeq = event.seq
            }
            c.closedAt = at
        case .reopened:
            c.outcome = nil
            c.outcomeOnly = nil
            c.closedAt = nil
            c.reopenCount += 1
        case .summaryUpdated(_, let summary, _):
            c.summary = summary
            c.summarySeq = event.seq
        case .triaged(let t):
            if let urgency = t.urgency { c.urgency = urgency }
            if let area = t.area { c.area = area }
            if let concern = t.concern { c.concern = concern }
        case .staffAdded, .pinSet, .studentAdded, .caseOpened, .threadRead, .studentChanged, .studentLeft,
             .studentReturned, .staffChanged, .staffLeft, .yearStarted, .schoolSet, .narrativeWritten:
            break
        }
    }

    /// `validate`, for a school kept in a class's property: reached through the property's
    /// own storage, the school is checked where it lies instead of copied for the call (every
    /// journal line a writer folds is checked, seven for each it writes among eight writers).
    public mutating func validateInPlace(_ event: Event) throws(DomainError) {
        try validate(event)
    }

    /// Whether `event` may be appended now: the actor exists and may do it, what it refers
    /// to exists, and it is not based on an older state than the current one.
    public func validate(_ event: Event) throws(DomainError) {
        if case .staffAdded(let person) = event.payload, staff.isEmpty {
            guard person.has(.admin) else { throw .invalid(.firstStaffMustBeAdmin) }
            return
        }
        guard let actor = staff[event.actor] else {
            throw DomainError(.notPermitted, .notOnStaffList(event.actor))
        }
        // Someone who left has no access at all, whatever their roles were.
        if !actor.isActive { throw DomainError(.notPermitted, denial: .accessEnded) }
        func check(_ action: CaseAction, _ c: Case?) throws(DomainError) {
            guard let denial = denial(actor, action, on: c) else { return }
            // A case in the wrong state is a conflict with the data, not a matter of rights.
            if [.caseClosed, .caseClosedAskCounsellor, .caseOpen, .alreadyPickedUp].contains(denial) { throw DomainError(.invalid, denial: denial) }
            throw DomainError(.notPermitted, denial: denial)
        }
        func existing(_ number: Int) throws(DomainError) -> Case {
            if let c = cases[number] { return c }
            if number < nextCaseNumber && !historyLoaded { throw DomainError(.needsHistory, .inClosedHistory("\(number)")) }
            throw .notFound(.noSuchCase("\(number)"))
        }
        func nonEmpty(_ text: String?, _ empty: DomainMessage) throws(DomainError) {
            // Blank when every scalar is a space or a newline; stops at the first that is not (no
            // trimmed copy). ASCII is told without the character set, which costs a lookup each.
            guard let text, text.unicodeScalars.contains(where: { scalar in
                scalar.isASCII ? !(scalar == " " || (0x09...0x0D).contains(scalar.value))
                    : !CharacterSet.whitespacesAndNewlines.contains(scalar)
            }) else {
                throw .invalid(empty)
            }
        }
        /// A confidential entry's text is in `private/` once written; before that it must be there.
        func entryText(_ text: String?, _ ref: TextRef?, _ empty: DomainMessage) throws(DomainError) {
            if ref == nil { try nonEmpty(text, empty) }
        }
        /// What a teacher saw goes to the whole team, or in confidence to BK only.
        func flagTier(_ flag: Flag) throws(DomainError) {
            if let v = flag.visibility, v != .team, v != .bkOnly { throw DomainError(.notPermitted, denial: .cannotWriteAtThatVisibility) }
        }
        /// Something that happened (a service, a conference, a visit) is dated today at the latest.
        /// Days are stored at their local noon, so "today" is at most half a day ahead of now.
        func notLater(_ day: Date?) throws(DomainError) {
            if let day, day.timeIntervalSince(event.at) > 12 * 3600 { throw .invalid(.happenedInFuture) }
        }
        func owner(_ login: String, on c: Case) throws(DomainError) {
            guard let person = staff[login] else { throw .notFound(.noOwner(login)) }
            if !person.isActive { throw .invalid(.staffHasLeft(person.name)) }
            if !canSee(person, c) || person.roles == [.admin] { throw .invalid(.ownerNotOnCase(person.name, "\(c.number)")) }
        }

        switch event.payload {
        case .staffAdded(let person):
            try check(.manageRoster, nil)
            try Validation.login(person.login)
            try nonEmpty(person.name, .emptyName)
            if staff[person.login] != nil { throw .invalid(.alreadyOnStaff(person.login)) }
            try validateStaffFields(person)
        case .pinSet(let login, _):
            if login != actor.login { try check(.manageRoster, nil) }
            if staff[login] == nil { throw .notFound(.noSuchStaff(login)) }
        case .studentAdded(let student):
            try check(.manageRoster, nil)
            if students[student.id] != nil { throw .invalid(.studentIDExists(student.id)) }
            if student.left != nil { throw .invalid(.addedAsLeft(student.name)) }
            try validateStudentFields(student)
        case .studentChanged, .studentLeft, .studentReturned, .staffChanged, .staffLeft, .yearStarted:
            try check(.manageRoster, nil)
            try validateRoster(event.payload, by: actor)
        case .schoolSet(let s):
            guard actor.isActive, actor.has(.admin) else { throw DomainError(.notPermitted, .onlyAdminSetsSchool) }
            if let zone = s.timeZone, TimeZone(identifier: zone) == nil { throw .invalid(.badTimeZone(zone)) }
            if (s.logoPNG?.utf8.count ?? 0) > SchoolSettings.logoLimit * 4 / 3 + 4 { throw .invalid(.logoTooLarge("\(SchoolSettings.logoLimit >> 10)")) }
        case .narrativeWritten(let n):
            guard actor.isActive, actor.isCounsellor else { throw DomainError(.notPermitted, .onlyCounsellorWritesNarrative) }
            guard Narrative.validPeriod(n.period) else { throw .invalid(.badMonth(n.period)) }
            try nonEmpty(n.text, .emptyNarrative)
        case .caseOpened(let opened):
            try check(.flag, nil)
            guard let student = students[opened.studentID] else { throw .notFound(.noSuchStudentID(opened.studentID)) }
            if let left = student.left { throw .invalid(.studentHasLeft(student.name, left.on)) }
            if opened.number != nextCaseNumber {
                throw .invalid(.caseNumberTaken("\(opened.number)"))
            }
            if let open = openCase(ofStudent: opened.studentID) {
                throw .invalid(.studentHasOpenCase)
            }
            try entryText(opened.flag.saw, opened.flag.ref, .emptyNote)
            try flagTier(opened.flag)
        case .flagAdded(let number, let flag):
            let c = try existing(number)
            try check(.flag, nil)
            if c.isClosed { throw DomainError(.invalid, denial: .caseClosed) }
            if let student = students[c.studentID], let left = student.left {
                throw .invalid(.studentHasLeft(student.name, left.on))
            }
            try entryText(flag.saw, flag.ref, .emptyNote)
            try flagTier(flag)
        case .pickedUp(let number):
            try check(.pickUp, try existing(number))
        case .assigned(let number, let to):
            try check(.assign, try existing(number))
            guard let assignee = staff[to] else { throw .notFound(.noSuchStaff(to)) }
            guard assignee.isCounsellor else { throw .invalid(.notACounsellor(assignee.name)) }
            if !assignee.isActive { throw .invalid(.staffHasLeft(assignee.name)) }
        case .messagePosted(let m):
            try check(.reply(m.visibility), try existing(m.number))
            if m.ref == nil { try nonEmpty(m.text, .emptyMessage) }
        case .goalAdded(let number, let text):
            try check(.addPlanItem, try existing(number))
            try nonEmpty(text, .emptyGoal)
        case .planReviewSet(let number, _):
            try check(.addPlanItem, try existing(number))
        case .planItemAdded(let p):
            let c = try existing(p.number)
            try check(p.kind == .sanction ? .sanction : .addPlanItem, c)
            try nonEmpty(p.text, .emptyPlanAction)
            try owner(p.owner, on: c)
            if p.withParents == true, let person = staff[p.owner], !isHomeroomTeacher(person, of: c) {
                throw .invalid(.parentsViaHomeroom)
            }
        case .planItemDone(let number, let item):
            let c = try existing(number)
            guard let planned = c.plan.first(where: { $0.id == item }) else { throw .notFound(.noPlanAction("\(number)", "\(item)")) }
            if planned.owner != actor.login { try check(.addPlanItem, c) }
        case .serviceLogged(let s):
            try check(.logService, try existing(s.number))
            if s.minutes <= 0 { throw .invalid(.serviceTooShort) }
            try notLater(s.on)
        case .reviewRecorded(let r):
            let c = try existing(r.number)
            try check(.recordReview, c)
            try check(.reply(r.visibility), c)
            if !(1...5).contains(r.rating) { throw .invalid(.ratingRange) }
        case .escalated(let e):
            let c = try existing(e.number)
            try check(.escalate, c)
            try nonEmpty(e.reason, .emptyReason)
            if e.level == c.level { throw .invalid(.alreadyAtLevel("\(e.number)")) }
            // Jenjang: the parents are contacted before the vice principal takes a case.
            if e.level >= .viceStudentAffairs && !c.parentsContacted { throw .invalid(.parentContactFirst) }
            if e.level == .outsideAgency {
                guard let referral = e.referral, !referral.agency.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw .invalid(.referralNeedsAgency)
                }
            }
        case .parentsContacted(let number, let how):
            try check(.contactParents, try existing(number))
            try nonEmpty(how, .emptyHow)
        case .referralOutcome(let m):
            let c = try existing(m.number)
            try check(.recordReferral, c)
            if !c.levels.contains(where: { $0.referral != nil }) { throw .invalid(.noReferral("\(m.number)")) }
            if !canRead(actor, m.visibility, in: c) { throw DomainError(.notPermitted, denial: .cannotWriteAtThatVisibility) }
            try entryText(m.text, m.ref, .emptyReferralOutcome)
        case .conferenceHeld(let k):
            let c = try existing(k.number)
            try check(.holdConference, c)
            try check(.reply(k.visibility), c)
            if k.attendees.isEmpty { throw .invalid(.noAttendees) }
            try notLater(k.on)
            try entryText(k.decisions, k.ref, .emptyDecisions)
            for a in k.actions {
                try nonEmpty(a.text, .emptyPlanAction)
                try owner(a.owner, on: c)
            }
        case .homeVisited(let v):
            let c = try existing(v.number)
            try check(.visitHome, c)
            try check(.reply(v.visibility), c)
            for login in v.visitors where staff[login] == nil { throw .notFound(.noSuchStaff(login)) }
            try notLater(v.on)
            if v.ref == nil { try nonEmpty(v.details?.findings, .emptyFindings) }
        case .closed(let number, _, let summary, let outcomeOnly):
            try check(.close, try existing(number))
            // The referrer hears back: a summary, or the confirmed choice of the outcome alone.
            let written = !(summary ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            if !written && !outcomeOnly { throw .invalid(.closeNeedsSummary) }
            if written && outcomeOnly { throw .invalid(.summaryOrOutcomeOnly) }
        case .reopened(let number, _):
            try check(.reopen, try existing(number))
        case .summaryUpdated(let number, _, let basedOn):
            let c = try existing(number)
            try check(.updateSummary, c)
            if basedOn != c.version {
                throw .invalid(.staleEdit("\(number)"))
            }
        case .threadRead(let number, _):
            let c = try existing(number)
            if !canSee(actor, c) { throw DomainError(.notPermitted, denial: .notOnCase) }
        case .triaged(let t):
            let c = try existing(t.number)
            try check(.triage, c)
            if let concern = t.concern { try nonEmpty(concern, .emptyConcern) }
            let changes = (t.urgency.map { $0 != c.urgency } ?? false) || (t.area.map { $0 != c.area } ?? false)
                || (t.concern.map { $0 != c.concern } ?? false)
            if !changes { throw .invalid(.triageUnchanged("\(t.number)")) }
        }
    }
}
