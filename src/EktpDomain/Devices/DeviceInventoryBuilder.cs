using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using EktpDomain.Utility;
using NodaTime;

namespace EktpDomain.Devices;

/// <summary>
/// Collects recording sets, retirements and assignments, then checks them all and builds an immutable
/// <see cref="DeviceInventory"/> (R5).
/// </summary>
/// <remarks>
/// <para>
/// Input can come in any order, and a set may be described more than once: devices.csv repeats a set's kind and
/// funding on every assignment row (<see cref="AddAssignment(string?, DeviceKind, FundingSource, RegionCode, LocalDate, LocalDate?, SourceLocation)"/>).
/// The raw <c>Add…</c> methods never throw for bad data: every problem is collected with the
/// <see cref="SourceLocation"/> of its row, and <see cref="Build"/> reports them all at once, in input order, in a
/// <see cref="DataValidationException"/>. A problem of input added from code, without a source location, starts with
/// the method that added it instead, such as <c>MoveSet: unknown set 'K-9': …</c>. The problems are:
/// </para>
/// <list type="bullet">
/// <item>a blank set id; an undefined kind, funding or retirement reason;</item>
/// <item>a code that is not a kecamatan code, or (with a kecamatan list) a kecamatan not in the list;</item>
/// <item>an assignment whose <c>to</c> is before its <c>from</c>;</item>
/// <item>a set described with a different kind, funding or acquisition date than on an earlier row;</item>
/// <item>an assignment or retirement of a set that no row or call (<see cref="AddSet"/>, <c>AddDevice</c>) describes;</item>
/// <item>
/// two assignments of one set that share a day: a set is never in two kecamatan on one day (R5), and one set placed
/// twice in the same kecamatan on one day would count its device-days twice;
/// </item>
/// <item>an assignment on or after the set's retirement date (R5: a retired set cannot stay assigned), or before its acquisition date;</item>
/// <item>a set retired twice on different dates or for different reasons;</item>
/// <item>a set added twice with <see cref="AddSet"/>, and two ids that differ only in case (ids are compared exactly).</item>
/// </list>
/// <para>A builder is not thread-safe. It can be used once: <see cref="Build"/> or <see cref="TryBuild"/> ends it.</para>
/// </remarks>
public sealed class DeviceInventoryBuilder
{
    private readonly KecamatanIndex? known;
    private readonly BuildState state = new("device inventory");
    private readonly Dictionary<string, Declaration> declarations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> spellings = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Retirement> retirements = new(StringComparer.Ordinal);
    private readonly List<Row> rows = [];

    // The method that added each input, by sequence: a problem without a source location names it instead.
    private readonly List<string> calls = [];
    private int sequence;

    internal DeviceInventoryBuilder(KecamatanIndex? known)
    {
        this.known = known;
    }

    /// <summary>The number of assignments added so far, valid or not.</summary>
    public int Count { get; private set; }

    /// <summary>Adds (describes) a recording set, with its lifecycle.</summary>
    /// <param name="device">The set.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its inventory.</exception>
    public DeviceInventoryBuilder AddDevice(RecordingSet device) => AddDevice(device, SourceLocation.None);

    /// <summary>Adds (describes) a recording set that came from bulk input, with its lifecycle.</summary>
    /// <param name="device">The set.</param>
    /// <param name="source">Where it came from, for error messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its inventory.</exception>
    public DeviceInventoryBuilder AddDevice(RecordingSet device, SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(device);
        state.ThrowIfBuilt();
        int seq = Next(nameof(AddDevice));
        Declare(device.Id, device.Kind, device.Funding, device.AcquiredOn, device.Computer, seq, source);
        if (device.RetiredOn is LocalDate retired)
        {
            AddRetirement(device.Id, retired, device.RetirementReason!.Value, seq, source);
        }

        return this;
    }

    /// <summary>
    /// Adds (describes) a recording set from its fields, as read from bulk input. Never throws for bad values: they are
    /// collected as problems at <paramref name="source"/>.
    /// </summary>
    /// <param name="id">The set's id; not blank.</param>
    /// <param name="kind">Static or mobile.</param>
    /// <param name="funding">APBN or APBD.</param>
    /// <param name="acquiredOn">The acquisition date, or null when unknown.</param>
    /// <param name="source">Where it came from, for error messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its inventory.</exception>
    public DeviceInventoryBuilder AddDevice(string? id, DeviceKind kind, FundingSource funding, LocalDate? acquiredOn, SourceLocation source)
    {
        state.ThrowIfBuilt();
        int seq = Next(nameof(AddDevice));
        string? trimmed = DeviceText.Id(id);
        if (trimmed is null)
        {
            Problem(seq, source, "the device id is blank; every recording set needs an id.");
            return this;
        }

        if (CheckKindAndFunding(trimmed, kind, funding, seq, source))
        {
            Declare(trimmed, kind, funding, acquiredOn, null, seq, source);
        }

        return this;
    }

    /// <summary>
    /// Retires a recording set from <paramref name="retiredOn"/> on, as read from bulk input. Never throws for bad
    /// values: they are collected as problems at <paramref name="source"/>.
    /// </summary>
    /// <param name="id">The set's id; some row or call (<see cref="AddSet"/>, <c>AddDevice</c>) must describe the set.</param>
    /// <param name="retiredOn">The first day the set is out of service; it cannot be assigned on that day or later (R5).</param>
    /// <param name="reason">How it left service.</param>
    /// <param name="source">Where it came from, for error messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its inventory.</exception>
    public DeviceInventoryBuilder Retire(string? id, LocalDate retiredOn, RetirementReason reason, SourceLocation source)
    {
        state.ThrowIfBuilt();
        int seq = Next(nameof(Retire));
        string? trimmed = DeviceText.Id(id);
        if (trimmed is null)
        {
            Problem(seq, source, "the device id of the retirement is blank.");
        }
        else if (!DeviceText.IsDefined(reason))
        {
            Problem(seq, source, string.Create(CultureInfo.InvariantCulture, $"unknown retirement reason {(int)reason} for device {trimmed}; use destroyed, stolen, worn-out, transferred or other."));
        }
        else
        {
            AddRetirement(trimmed, retiredOn, reason, seq, source);
        }

        return this;
    }

    /// <summary>Adds an assignment of a set described elsewhere in the input.</summary>
    /// <param name="assignment">The assignment.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assignment"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its inventory.</exception>
    public DeviceInventoryBuilder AddAssignment(DeviceAssignment assignment) => AddAssignment(assignment, SourceLocation.None);

    /// <summary>Adds an assignment that came from bulk input, of a set described elsewhere in the input.</summary>
    /// <param name="assignment">The assignment.</param>
    /// <param name="source">Where it came from, for error messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assignment"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its inventory.</exception>
    public DeviceInventoryBuilder AddAssignment(DeviceAssignment assignment, SourceLocation source)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return AddAssignment(assignment.Device, assignment.Kecamatan, assignment.From, assignment.To, assignment.IsLoan, source);
    }

    /// <summary>
    /// Adds an assignment from its fields, as read from bulk input, of a set described elsewhere in the input. Never
    /// throws for bad values: they are collected as problems at <paramref name="source"/>.
    /// </summary>
    /// <param name="device">The set's id; not blank.</param>
    /// <param name="kecamatan">The kecamatan code (<c>PP.KK.CC</c>).</param>
    /// <param name="from">The first day, inclusive.</param>
    /// <param name="to">The last day, inclusive, or null for open-ended; not before <paramref name="from"/>.</param>
    /// <param name="isLoan">Whether the placement is a loan.</param>
    /// <param name="source">Where it came from, for error messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its inventory.</exception>
    public DeviceInventoryBuilder AddAssignment(string? device, RegionCode kecamatan, LocalDate from, LocalDate? to, bool isLoan, SourceLocation source) =>
        AddAssignment(device, kecamatan, from, to, isLoan, source, nameof(AddAssignment));

    private DeviceInventoryBuilder AddAssignment(string? device, RegionCode kecamatan, LocalDate from, LocalDate? to, bool isLoan, SourceLocation source, string call)
    {
        state.ThrowIfBuilt();
        int seq = Next(call);
        Count++;
        string? id = DeviceText.Id(device);
        if (id is null)
        {
            Problem(seq, source, "the device id is blank; every assignment names a recording set.");
            CheckAssignment("(blank)", kecamatan, from, to, seq, source);
            return this;
        }

        if (CheckAssignment(id, kecamatan, from, to, seq, source))
        {
            rows.Add(new Row(id, kecamatan, from, to, isLoan, seq, source));
        }

        return this;
    }

    /// <summary>
    /// Adds one devices.csv row: an assignment that also states the set's kind and funding. A set may have several
    /// rows; they must agree on its kind and funding. Never throws for bad values: they are collected as problems at
    /// <paramref name="source"/>.
    /// </summary>
    /// <param name="device">The set's id; not blank.</param>
    /// <param name="kind">Static or mobile.</param>
    /// <param name="funding">APBN or APBD.</param>
    /// <param name="kecamatan">The kecamatan code (<c>PP.KK.CC</c>).</param>
    /// <param name="from">The first day, inclusive.</param>
    /// <param name="to">The last day, inclusive, or null for open-ended; not before <paramref name="from"/>.</param>
    /// <param name="source">Where it came from, for error messages.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its inventory.</exception>
    public DeviceInventoryBuilder AddAssignment(string? device, DeviceKind kind, FundingSource funding, RegionCode kecamatan, LocalDate from, LocalDate? to, SourceLocation source) =>
        AddAssignment(device, kind, funding, kecamatan, from, to, source, nameof(AddAssignment));

    private DeviceInventoryBuilder AddAssignment(string? device, DeviceKind kind, FundingSource funding, RegionCode kecamatan, LocalDate from, LocalDate? to, SourceLocation source, string call)
    {
        state.ThrowIfBuilt();
        int seq = Next(call);
        Count++;
        string? id = DeviceText.Id(device);
        if (id is null)
        {
            Problem(seq, source, "the device id is blank; every assignment names a recording set.");
            CheckAssignment("(blank)", kecamatan, from, to, seq, source);
            return this;
        }

        bool described = CheckKindAndFunding(id, kind, funding, seq, source);
        if (described)
        {
            Declare(id, kind, funding, null, null, seq, source);
        }

        if (CheckAssignment(id, kecamatan, from, to, seq, source))
        {
            rows.Add(new Row(id, kecamatan, from, to, false, seq, source));
        }

        return this;
    }

    /// <summary>
    /// Adds a recording set and its first assignment in one call: the set <paramref name="id"/>, of the given kind and
    /// funding, in <paramref name="kecamatan"/> from <paramref name="from"/>. Problems are collected and reported by
    /// <see cref="Build"/>, as for every other method.
    /// </summary>
    /// <param name="id">The set's id; not blank, and used by no other set.</param>
    /// <param name="kind">Static, or an e-KTP Mobile unit.</param>
    /// <param name="funding">APBN or APBD.</param>
    /// <param name="kecamatan">The kecamatan code (<c>PP.KK.CC</c>).</param>
    /// <param name="from">The first day, inclusive.</param>
    /// <param name="to">The last day, inclusive, or null (the default) while the set stays there.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its inventory.</exception>
    public DeviceInventoryBuilder AddSet(string id, DeviceKind kind, FundingSource funding, RegionCode kecamatan, LocalDate from, LocalDate? to = null)
    {
        state.ThrowIfBuilt();
        if (DeviceText.Id(id) is string trimmed && declarations.ContainsKey(trimmed))
        {
            // AddSet adds a new set: a second call with the same id would otherwise merge two sets into one.
            Problem(Next(nameof(AddSet)), SourceLocation.None, $"set '{trimmed}' is added twice: an id names one recording set. To move it, use MoveSet; to add another set, give it another id.");
            return this;
        }

        return AddAssignment(id, kind, funding, kecamatan, from, to, SourceLocation.None, nameof(AddSet));
    }

    /// <summary>
    /// Moves a set to <paramref name="kecamatan"/> from <paramref name="from"/> on: its open-ended assignment that
    /// starts before that day ends the day before, and a new open-ended assignment starts. A set with no such
    /// assignment simply gets the new one. Problems are reported by <see cref="Build"/>.
    /// </summary>
    /// <param name="id">The set's id, added before with <see cref="AddSet"/> or <see cref="AddDevice(RecordingSet)"/>.</param>
    /// <param name="kecamatan">The kecamatan it moves to.</param>
    /// <param name="from">The first day in the new kecamatan.</param>
    /// <param name="isLoan">Whether the move is a loan (always so for an e-KTP Mobile unit).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its inventory.</exception>
    public DeviceInventoryBuilder MoveSet(string id, RegionCode kecamatan, LocalDate from, bool isLoan = false)
    {
        state.ThrowIfBuilt();
        string? trimmed = DeviceText.Id(id);
        int open = rows.FindLastIndex(r => string.Equals(r.Device, trimmed, StringComparison.Ordinal) && r.To is null && r.From < from);
        if (open >= 0)
        {
            rows[open] = rows[open] with { To = from.PlusDays(-1) };
        }

        return AddAssignment(id, kecamatan, from, null, isLoan, SourceLocation.None, nameof(MoveSet));
    }

    /// <summary>Checks everything and builds the inventory.</summary>
    /// <returns>The immutable inventory.</returns>
    /// <exception cref="DataValidationException">The input is invalid; <see cref="DataValidationException.Problems"/> lists every problem, in input order.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its inventory.</exception>
    public DeviceInventory Build() => state.Finish(Check, Create);

    /// <summary>Checks everything and builds the inventory, or returns every problem found.</summary>
    /// <param name="inventory">The inventory, or null when there are problems.</param>
    /// <param name="problemsFound">Every problem, in input order (empty on success).</param>
    /// <returns>Whether the inventory was built.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its inventory.</exception>
    public bool TryBuild([NotNullWhen(true)] out DeviceInventory? inventory, out ImmutableArray<DataProblem> problemsFound) =>
        state.TryFinish(Check, Create, out inventory, out problemsFound);

    /// <summary>Checks what only the whole input shows: each set's lifecycle, and its assignments against it and each other.</summary>
    private (Dictionary<string, RecordingSet> Devices, List<Row> Valid) Check()
    {
        var devices = new Dictionary<string, RecordingSet>(StringComparer.Ordinal);
        foreach (var (id, d) in declarations)
        {
            retirements.TryGetValue(id, out var r);
            string? lifecycle = RecordingSet.CheckLifecycle(id, d.Acquired, r?.Date, r?.Reason);
            if (lifecycle is not null)
            {
                Problem(r!.Sequence, r.Source, char.ToLowerInvariant(lifecycle[0]) + lifecycle[1..]);
                r = null;
            }

            devices[id] = new RecordingSet(id, d.Kind, d.Funding, d.Acquired, d.Computer, r?.Date, r?.Reason);
        }

        foreach (var (id, r) in retirements)
        {
            if (!declarations.ContainsKey(id))
            {
                Problem(r.Sequence, r.Source, r.Source.IsKnown
                    ? $"unknown device '{id}': no row describes this recording set, so it cannot be retired."
                    : $"unknown set '{id}': no AddSet or AddDevice call describes it, so it cannot be retired.");
            }
        }

        var valid = new List<Row>(rows.Count);
        foreach (var row in rows)
        {
            if (!devices.TryGetValue(row.Device, out var set))
            {
                Problem(row.Sequence, row.Source, row.Source.IsKnown
                    ? $"unknown device '{row.Device}': no row describes this recording set's kind and funding."
                    : $"unknown set '{row.Device}': no AddSet or AddDevice call describes it, so it cannot be assigned to {row.Kecamatan}.");
                continue;
            }

            valid.Add(row);
            CheckLifecycleOf(set, row);
        }

        CheckOverlaps(valid);
        return (devices, valid);
    }

    private static DeviceInventory Create((Dictionary<string, RecordingSet> Devices, List<Row> Valid) input)
    {
        var assignments = input.Valid
            .OrderBy(r => r.Device, StringComparer.Ordinal)
            .ThenBy(r => r.From)
            .Select(r => new DeviceAssignment(r.Device, r.Kecamatan, r.From, r.To, r.IsLoan))
            .ToArray();
        return new DeviceInventory([.. input.Devices.Values.OrderBy(d => d.Id, StringComparer.Ordinal)], assignments);
    }

    private void CheckLifecycleOf(RecordingSet set, Row row)
    {
        if (set.RetiredOn is LocalDate retired && (row.To is null || row.To.Value >= retired))
        {
            string text = row.From >= retired
                ? $"device {set.Id} is assigned to {row.Kecamatan} from {DeviceText.Date(row.From)}, on or after its retirement on {DeviceText.Date(retired)} ({set.RetirementReason}); a retired set is never assigned."
                : $"device {set.Id} stays assigned to {row.Kecamatan} to {DeviceText.End(row.To)}, but it was retired on {DeviceText.Date(retired)} ({set.RetirementReason}); end the assignment by {DeviceText.Date(retired.PlusDays(-1))}.";
            Problem(row.Sequence, row.Source, text);
        }

        if (set.AcquiredOn is LocalDate acquired && row.From < acquired)
        {
            Problem(row.Sequence, row.Source, $"device {set.Id} is assigned to {row.Kecamatan} from {DeviceText.Date(row.From)}, before it was acquired on {DeviceText.Date(acquired)}.");
        }
    }

    /// <summary>R5: a set is never in two kecamatan on one day. Sorts each set's rows by start and sweeps once.</summary>
    private void CheckOverlaps(List<Row> valid)
    {
        foreach (var group in valid.GroupBy(r => r.Device, StringComparer.Ordinal))
        {
            Row? reach = null; // the row reaching furthest so far
            foreach (var row in group.OrderBy(r => r.From).ThenBy(r => r.Sequence))
            {
                if (reach is not null && (reach.To is null || row.From <= reach.To.Value))
                {
                    var (later, earlier) = row.Sequence > reach.Sequence ? (row, reach) : (reach, row);
                    LocalDate? overlapEnd = Min(row.To, reach.To);
                    string days = overlapEnd == row.From
                        ? $"on {DeviceText.Date(row.From)}"
                        : $"from {DeviceText.Date(row.From)} to {DeviceText.End(overlapEnd)}";
                    string where = later.Kecamatan == earlier.Kecamatan
                        ? $"twice to {later.Kecamatan}"
                        : $"to two kecamatan on the same day: {later.Kecamatan} and {earlier.Kecamatan}";
                    Problem(
                        later.Sequence,
                        later.Source,
                        $"device {row.Device} is assigned {where} ({DescribeRow(later)} overlaps {DescribeRow(earlier)}{At(earlier.Source)}) {days}; a set is never in two places on one day. End one assignment before the other starts.");
                }

                if (reach is null || (reach.To is not null && (row.To is null || row.To.Value > reach.To.Value)))
                {
                    reach = row;
                }
            }
        }
    }

    private static LocalDate? Min(LocalDate? a, LocalDate? b) =>
        a is null ? b : b is null ? a : a.Value < b.Value ? a : b;

    private static string DescribeRow(Row row) =>
        $"{row.Kecamatan} from {DeviceText.Date(row.From)} to {DeviceText.End(row.To)}";

    private static string At(SourceLocation source) => source.IsKnown ? $" at {source}" : string.Empty;

    /// <summary>The input a problem is about: "here" on a row of a file, "in this call" from code.</summary>
    private static string Here(SourceLocation source) => source.IsKnown ? "here" : "in this call";

    /// <summary>The earlier input it contradicts: its row, or the method that added it from code.</summary>
    private string There(SourceLocation source, int seq) => source.IsKnown ? $" at {source}" : $" in an earlier {calls[seq]} call";

    private int Next(string call)
    {
        calls.Add(call);
        return sequence++;
    }

    private bool CheckKindAndFunding(string id, DeviceKind kind, FundingSource funding, int seq, SourceLocation source)
    {
        bool ok = true;
        if (!DeviceNames.Kind.IsDefined(kind))
        {
            Problem(seq, source, string.Create(CultureInfo.InvariantCulture, $"unknown kind {(int)kind} for device {id}; use static or mobile."));
            ok = false;
        }

        if (!DeviceNames.Funding.IsDefined(funding))
        {
            Problem(seq, source, string.Create(CultureInfo.InvariantCulture, $"unknown funding {(int)funding} for device {id}; use apbn or apbd."));
            ok = false;
        }

        return ok;
    }

    private bool CheckAssignment(string id, RegionCode kecamatan, LocalDate from, LocalDate? to, int seq, SourceLocation source)
    {
        bool ok = true;
        if (kecamatan.Level != RegionLevel.Kecamatan)
        {
            Problem(seq, source, Preconditions.NotKecamatanMessage(kecamatan, "an assignment"));
            ok = false;
        }
        else if (known is not null && known.IndexOf(kecamatan) < 0)
        {
            Problem(seq, source, $"unknown kecamatan '{kecamatan}' for device {id}: it is not in the kecamatan list.");
            ok = false;
        }

        if (to is LocalDate end && end < from)
        {
            Problem(seq, source, DeviceAssignment.ToBeforeFrom(id, kecamatan, from, end));
            ok = false;
        }

        return ok;
    }

    private void Declare(string id, DeviceKind kind, FundingSource funding, LocalDate? acquired, ComputerKind? computer, int seq, SourceLocation source)
    {
        if (!declarations.TryGetValue(id, out var first))
        {
            // Ids are compared exactly; two that differ only in case are a typo far more often than two sets.
            if (spellings.TryGetValue(id, out string? other))
            {
                Problem(seq, source, $"device '{id}' differs from device '{other}'{At(declarations[other].Source)} only in case; ids are compared exactly, so write one set's id the same way everywhere, or give two sets ids that differ in more than case.");
                return;
            }

            spellings.Add(id, id);
            declarations.Add(id, new Declaration(kind, funding, acquired, computer, seq, source));
            return;
        }

        if (first.Kind != kind)
        {
            Problem(seq, source, $"device {id} is {DeviceNames.Kind.Format(kind)} {Here(source)} but {DeviceNames.Kind.Format(first.Kind)}{There(first.Source, first.Sequence)}; a recording set has one kind.");
        }

        if (first.Funding != funding)
        {
            Problem(seq, source, $"device {id} is funded by {DeviceNames.Funding.Format(funding)} {Here(source)} but by {DeviceNames.Funding.Format(first.Funding)}{There(first.Source, first.Sequence)}; a recording set has one funding source.");
        }

        if (acquired is LocalDate a)
        {
            if (first.Acquired is LocalDate b && a != b)
            {
                Problem(seq, source, $"device {id} is acquired on {DeviceText.Date(a)} {Here(source)} but on {DeviceText.Date(b)}{There(first.Source, first.Sequence)}.");
            }
            else
            {
                first.Acquired = a;
            }
        }

        if (computer is ComputerKind c)
        {
            first.Computer = c;
        }
    }

    private void AddRetirement(string id, LocalDate date, RetirementReason reason, int seq, SourceLocation source)
    {
        if (retirements.TryGetValue(id, out var first))
        {
            if (first.Date != date || first.Reason != reason)
            {
                Problem(seq, source, $"device {id} is retired on {DeviceText.Date(date)} ({reason}) {Here(source)} but on {DeviceText.Date(first.Date)} ({first.Reason}){There(first.Source, first.Sequence)}; a recording set is retired once.");
            }

            return;
        }

        retirements.Add(id, new Retirement(date, reason, seq, source));
    }

    /// <summary>
    /// Collects a problem. A row of a file is named by its source location (<c>FILE:LINE: …</c>); input added from code
    /// has none, so its message starts with the method that added it (<c>MoveSet: …</c>).
    /// </summary>
    private void Problem(int seq, SourceLocation source, string message) =>
        state.Add(seq, source, source.IsKnown ? message : $"{calls[seq]}: {message}");

    private sealed class Declaration(DeviceKind kind, FundingSource funding, LocalDate? acquired, ComputerKind? computer, int sequence, SourceLocation source)
    {
        public DeviceKind Kind { get; } = kind;

        public FundingSource Funding { get; } = funding;

        public LocalDate? Acquired { get; set; } = acquired;

        public ComputerKind? Computer { get; set; } = computer;

        public int Sequence { get; } = sequence;

        public SourceLocation Source { get; } = source;
    }

    private sealed record Retirement(LocalDate Date, RetirementReason Reason, int Sequence, SourceLocation Source);

    private sealed record Row(string Device, RegionCode Kecamatan, LocalDate From, LocalDate? To, bool IsLoan, int Sequence, SourceLocation Source);
}
