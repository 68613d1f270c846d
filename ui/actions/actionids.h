// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Every action id of the app, in one place (Tiled's MenuIds): handlers, menus and the
/// registry name actions only through these constants, so a typo is a compile error.
namespace Crosscheck::Ui::ActionId {

inline constexpr char FileNew[] = "File.New";
inline constexpr char FileOpen[] = "File.Open";
inline constexpr char FileOpenSample[] = "File.OpenSample";
inline constexpr char FileImportFiles[] = "File.ImportFiles";
inline constexpr char FileImportFolder[] = "File.ImportFolder";
inline constexpr char FilePasteSource[] = "File.PasteSource";
inline constexpr char FileSaveCopy[] = "File.SaveCopy";
inline constexpr char FileExport[] = "File.Export";
inline constexpr char FileImportQdpx[] = "File.ImportQdpx";
inline constexpr char FilePublishTeam[] = "File.PublishTeam";
inline constexpr char FileOpenTeam[] = "File.OpenTeam";
inline constexpr char FileTeamConflicts[] = "File.TeamConflicts";
inline constexpr char FileCloneTeam[] = "File.CloneTeam";
inline constexpr char FileClose[] = "File.Close";
inline constexpr char FileQuit[] = "File.Quit";

inline constexpr char EditUndo[] = "Edit.Undo";
inline constexpr char EditRedo[] = "Edit.Redo";
inline constexpr char EditSourceDetails[] = "Edit.SourceDetails";
inline constexpr char EditRemoveSource[] = "Edit.RemoveSource";
inline constexpr char EditCopyQuotation[] = "Edit.CopyQuotation";

inline constexpr char SearchFindInSource[] = "Search.FindInSource";
inline constexpr char SearchAll[] = "Search.All";
inline constexpr char SearchNext[] = "Search.Next";
inline constexpr char SearchPrevious[] = "Search.Previous";

inline constexpr char AnalysisFindOverlaps[] = "Analysis.FindOverlaps";

inline constexpr char ViewFilterSources[] = "View.FilterSources";
inline constexpr char ViewFocusSources[] = "View.FocusSources";
inline constexpr char ViewFocusReader[] = "View.FocusReader";
inline constexpr char ViewCompare[] = "View.Compare";
inline constexpr char ViewOverlaps[] = "View.Overlaps";
inline constexpr char ViewFamilies[] = "View.Families";
inline constexpr char ViewMatrix[] = "View.Matrix";
inline constexpr char ViewReadingLens[] = "View.ReadingLens";
inline constexpr char ViewOriginalMarkup[] = "View.OriginalMarkup";

inline constexpr char CompareNextOverlap[] = "Compare.NextOverlap";
inline constexpr char ComparePreviousOverlap[] = "Compare.PreviousOverlap";
inline constexpr char CompareNextDifference[] = "Compare.NextDifference";
inline constexpr char ComparePreviousDifference[] = "Compare.PreviousDifference";
inline constexpr char CompareSwapPanes[] = "Compare.SwapPanes";
inline constexpr char CompareOtherPane[] = "Compare.OtherPane";
inline constexpr char CompareChooseSource[] = "Compare.ChooseSource";
inline constexpr char CompareOpenFamily[] = "Compare.OpenFamily";

inline constexpr char ReviewConfirm[] = "Review.Confirm";
inline constexpr char ReviewDismiss[] = "Review.Dismiss";
inline constexpr char ReviewClear[] = "Review.Clear";
inline constexpr char ReviewNextItem[] = "Review.NextItem";
inline constexpr char ReviewPreviousItem[] = "Review.PreviousItem";
inline constexpr char ReviewEditItem[] = "Review.EditItem";
inline constexpr char ReviewRetype[] = "Review.Retype";
inline constexpr char ReviewNoteItem[] = "Review.NoteItem";
inline constexpr char ReviewSkip[] = "Review.Skip";
inline constexpr char ReviewToggleGroup[] = "Review.ToggleGroup";
inline constexpr char ReviewAcceptName[] = "Review.AcceptName";
inline constexpr char ReviewRejectName[] = "Review.RejectName";
inline constexpr char ReviewAcceptType[] = "Review.AcceptType";
inline constexpr char ReviewRejectType[] = "Review.RejectType";
inline constexpr char ReviewRebuild[] = "Review.Rebuild";

inline constexpr char AnnotateTag[] = "Annotate.Tag";
inline constexpr char AnnotateExtendSentence[] = "Annotate.ExtendSentence";
inline constexpr char AnnotateExtendSentenceBack[] = "Annotate.ExtendSentenceBack";
inline constexpr char AnnotateTagAll[] = "Annotate.TagAll";
inline constexpr char AnnotateMarkSpan[] = "Annotate.MarkSpan";
inline constexpr char AnnotateLink[] = "Annotate.Link";
inline constexpr char AnnotateNote[] = "Annotate.Note";
inline constexpr char AnnotateNextMention[] = "Annotate.NextMention";
inline constexpr char AnnotatePreviousMention[] = "Annotate.PreviousMention";
inline constexpr char AnnotateEdit[] = "Annotate.Edit";
inline constexpr char AnnotateDelete[] = "Annotate.Delete";
inline constexpr char AnnotateMerge[] = "Annotate.Merge";
inline constexpr char AnnotateSplit[] = "Annotate.Split";
inline constexpr char AnnotateTypes[] = "Annotate.Types";

inline constexpr char ViewEntities[] = "View.Entities";
inline constexpr char ViewLinks[] = "View.Links";
inline constexpr char ViewReview[] = "View.Review";
inline constexpr char ViewClaims[] = "View.Claims";
inline constexpr char ViewNotes[] = "View.Notes";

inline constexpr char HelpCommandPalette[] = "Help.CommandPalette";

inline constexpr char SettingsPreferences[] = "Settings.Preferences";
inline constexpr char SettingsToggleTheme[] = "Settings.ToggleTheme";

inline constexpr char HelpShortcuts[] = "Help.Shortcuts";
inline constexpr char HelpAbout[] = "Help.About";

} // namespace Crosscheck::Ui::ActionId
