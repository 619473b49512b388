/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Each enumeration of docs/dataset-format.md; the nicks are the JSON spellings. */

typedef enum {
  ESC_ELECTION_PRESIDENTIAL,
  ESC_ELECTION_PARLIAMENTARY,
  ESC_ELECTION_REGIONAL,
  ESC_ELECTION_MUNICIPAL,
  ESC_ELECTION_REFERENDUM,
  ESC_ELECTION_OTHER,
} EscElectionKind;

typedef enum {
  ESC_MEASURE_OFFICES_WON,
  ESC_MEASURE_OFFICES_CONTESTED,
  ESC_MEASURE_VOTE_SHARE,
  ESC_MEASURE_VOTES,
  ESC_MEASURE_TURNOUT,
  ESC_MEASURE_ELECTORATE,
  ESC_MEASURE_OTHER,
} EscMeasure;

typedef enum {
  ESC_UNIT_COUNT,
  ESC_UNIT_PERCENT,
  ESC_UNIT_PEOPLE,
  ESC_UNIT_VOTES,
  ESC_UNIT_HOURS,
  ESC_UNIT_YEARS,
} EscUnit;

typedef enum {
  ESC_QUALIFIER_EXACT,
  ESC_QUALIFIER_AT_LEAST,
  ESC_QUALIFIER_AT_MOST,
  ESC_QUALIFIER_ABOUT,
  ESC_QUALIFIER_MORE_THAN,
  ESC_QUALIFIER_FEWER_THAN,
} EscQualifier;

typedef enum {
  ESC_STATUS_OFFICIAL,
  ESC_STATUS_PRELIMINARY,
  ESC_STATUS_REVISED,
  ESC_STATUS_CLAIMED,
  ESC_STATUS_REPORTED,
  ESC_STATUS_DISPUTED,
  ESC_STATUS_COMPUTED,   /* computed from tally sheets: its source is a tally */
} EscClaimStatus;

typedef enum {
  ESC_CLAIMANT_ELECTORAL_AUTHORITY,
  ESC_CLAIMANT_GOVERNMENT,
  ESC_CLAIMANT_OPPOSITION,
  ESC_CLAIMANT_OUTLET,
  ESC_CLAIMANT_OBSERVER,
  ESC_CLAIMANT_FOREIGN_GOVERNMENT,
  ESC_CLAIMANT_ANALYST,
  ESC_CLAIMANT_OTHER,
} EscClaimantKind;

typedef enum {
  ESC_OUTCOME_WON,
  ESC_OUTCOME_PENDING,
  ESC_OUTCOME_DISPUTED,
} EscRegionOutcome;

typedef enum {
  ESC_STANCE_CONGRATULATED,
  ESC_STANCE_WELCOMED,
  ESC_STANCE_SUPPORTED,
  ESC_STANCE_CALLED_FOR_TRANSPARENCY,
  ESC_STANCE_EXPRESSED_CONCERN,
  ESC_STANCE_QUESTIONED,
  ESC_STANCE_REJECTED,
  ESC_STANCE_OTHER,
} EscStance;

#define ESC_TYPE_ELECTION_KIND (esc_election_kind_get_type ())
#define ESC_TYPE_MEASURE (esc_measure_get_type ())
#define ESC_TYPE_UNIT (esc_unit_get_type ())
#define ESC_TYPE_QUALIFIER (esc_qualifier_get_type ())
#define ESC_TYPE_CLAIM_STATUS (esc_claim_status_get_type ())
#define ESC_TYPE_CLAIMANT_KIND (esc_claimant_kind_get_type ())
#define ESC_TYPE_REGION_OUTCOME (esc_region_outcome_get_type ())
#define ESC_TYPE_STANCE (esc_stance_get_type ())

GType       esc_election_kind_get_type   (void) G_GNUC_CONST;
GType       esc_measure_get_type         (void) G_GNUC_CONST;
GType       esc_unit_get_type            (void) G_GNUC_CONST;
GType       esc_qualifier_get_type       (void) G_GNUC_CONST;
GType       esc_claim_status_get_type    (void) G_GNUC_CONST;
GType       esc_claimant_kind_get_type   (void) G_GNUC_CONST;
GType       esc_region_outcome_get_type  (void) G_GNUC_CONST;
GType       esc_stance_get_type          (void) G_GNUC_CONST;

gboolean    esc_enum_from_nick (GType       type,
                                const char *nick,
                                int        *out_value);
const char *esc_enum_to_nick   (GType       type,
                                int         value);
char       *esc_enum_list_nicks (GType      type);

G_END_DECLS
