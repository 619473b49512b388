/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "esc-csv.h"
#include "esc-tally-column.h"

G_BEGIN_DECLS

/* Why a row of a tally-sheet file was set aside. */
typedef enum {
  ESC_TALLY_REJECT_SHORT,        /* fewer fields than the columns it is read from */
  ESC_TALLY_REJECT_UNCLOSED,     /* a quote never closed */
  ESC_TALLY_REJECT_NOT_A_NUMBER,
  ESC_TALLY_REJECT_NEGATIVE,
  ESC_TALLY_REJECT_FRACTION,
  ESC_TALLY_REJECT_OVER_VOTERS,  /* candidates' votes sum to more than the voters */
  ESC_TALLY_REJECT_OVER_VALID,   /* candidates' votes sum to more than the valid votes */
  ESC_TALLY_REJECT_DUPLICATE,    /* the same table as an earlier row */
} EscTallyReject;

typedef struct {
  guint line;
  EscTallyReject reason;
  char *column;      /* the column at fault, or for a duplicate, NULL */
  char *value;       /* what it held; for a duplicate, the table's key */
  guint first_line;  /* for a duplicate, the row it repeats */
} EscTallyRejection;

typedef struct {
  char *name;        /* as the columns name the candidate */
  char *party;       /* the dataset's party id, or NULL */
  gint64 votes;
} EscTallyCandidate;

/* The totals of one region, for the candidates in the order of the tally's. */
typedef struct {
  char *name;
  gint64 *votes;
  gint64 valid;      /* the valid votes, or the candidates' sum where no column gives them */
  gint64 registered; /* -1 where unknown */
  guint sheets;
} EscTallyRegion;

#define ESC_TALLY_BINS 50

/* What the sheets not in the file could change. */
typedef struct {
  guint leader, runner_up;      /* candidates' indices */
  gint64 leader_votes, runner_up_votes;
  gint64 missing;               /* voters on the sheets not in the file */
  gboolean could_change;        /* if they all voted for the runner-up, would the runner-up lead? */
} EscTallyWorstCase;

/* A result computed from a file of tally sheets, with where it comes from: the file's
 * name and SHA-256, how its columns were read, and the rows used and set aside. */
#define ESC_TYPE_TALLY (esc_tally_get_type ())
G_DECLARE_FINAL_TYPE (EscTally, esc_tally, ESC, TALLY, GObject)

typedef void (*EscTallyProgress) (double fraction, gpointer user_data);

EscTally    *esc_tally_count              (EscCsv            *csv,
                                           GPtrArray         *columns,
                                           const char        *by,
                                           EscTallyProgress   progress,
                                           gpointer           user_data,
                                           GCancellable      *cancellable,
                                           GError           **error);
EscTally    *esc_tally_new                (void);

const char  *esc_tally_get_id             (EscTally *self);
void         esc_tally_set_id             (EscTally *self,
                                           const char *id);
const char  *esc_tally_get_file           (EscTally *self);
const char  *esc_tally_get_sha256         (EscTally *self);
void         esc_tally_set_file           (EscTally *self,
                                           const char *name,
                                           GBytes     *bytes);
void         esc_tally_set_source         (EscTally   *self,
                                           const char *name,
                                           const char *sha256);
GPtrArray   *esc_tally_get_columns        (EscTally *self);
const char  *esc_tally_get_by             (EscTally *self);
guint        esc_tally_get_rows           (EscTally *self);
guint        esc_tally_get_used           (EscTally *self);
gboolean     esc_tally_has_sheets         (EscTally *self);
GArray      *esc_tally_get_rejections     (EscTally *self);
guint        esc_tally_get_n_rejected     (EscTally *self);
GArray      *esc_tally_get_candidates     (EscTally *self);
gboolean     esc_tally_get_total          (EscTally     *self,
                                           EscTallyRole  role,
                                           gint64       *total);
gint64       esc_tally_get_share_base     (EscTally *self);
double       esc_tally_get_share          (EscTally *self,
                                           guint     candidate);
GPtrArray   *esc_tally_get_regions        (EscTally *self);
const double *esc_tally_get_histogram     (EscTally *self,
                                           guint     candidate);
guint        esc_tally_get_expected       (EscTally *self);
void         esc_tally_set_expected       (EscTally *self,
                                           guint     expected);
gint64       esc_tally_get_electorate     (EscTally *self);
void         esc_tally_set_electorate     (EscTally *self,
                                           gint64    electorate);
gint64       esc_tally_get_missing        (EscTally *self);
void         esc_tally_set_missing        (EscTally *self,
                                           gint64    missing);
void         esc_tally_set_party          (EscTally   *self,
                                           guint       candidate,
                                           const char *party);
gboolean     esc_tally_get_worst_case     (EscTally          *self,
                                           EscTallyWorstCase *worst);
char        *esc_tally_rejection_describe (const EscTallyRejection *rejection);

G_END_DECLS
