// Finds people the data files do not name, so a corpus about anything gets a person facet:
// a run of capitalised words after a title ("Chief Inspector General Fritz St Fort"), before or
// after "said" ("Paul Volcker said", "said Paul Volcker."), or before ", chairman ..."; then a
// later bare surname in the same text ("Volcker") is linked to the full name.
#pragma once

#include <string_view>
#include <vector>

#include "analysis/analyzer.h"
#include "entities/entity_mention.h"
#include "entities/person_cues.h"

namespace mss {

class PersonFinder {
  public:
    // `cues` must outlive the finder.
    explicit PersonFinder(const PersonCues& cues) : cues_(cues) {}

    // People among the tokens not yet covered by another mention, and the organisations named
    // like people that the cues tell apart from them ("Morgan Stanley & Co", "Morgan Stanley said
    // it would buy", id "morgan-stanley"); marks their tokens covered.
    // Ids are the folded words of the fullest name seen, joined by '-' ("fritz-st-fort").
    // A name written in capitals only (a wire headline) is never taken: case is the only cue.
    std::vector<EntityMention> find(std::string_view text, const std::vector<Token>& tokens,
                                    std::vector<bool>& covered) const;

    // Mentions of `people` (found by cues, in this text or another field of the article) by their
    // surname alone, among uncovered tokens: "Volcker said" after "Paul Volcker", and "YEUTTER
    // SAYS" in a capitals-only headline over a body naming Clayton Yeutter. Marks them covered.
    std::vector<EntityMention> link_surnames(std::string_view text,
                                             const std::vector<Token>& tokens,
                                             std::vector<bool>& covered,
                                             const std::vector<EntityMention>& people) const;

  private:
    const PersonCues& cues_;
};

}  // namespace mss
