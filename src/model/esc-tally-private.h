/* SPDX-License-Identifier: GPL-3.0-or-later */
/* EscTally's members, for the counting and for the dataset's reader and writer. */
#pragma once

#include "esc-tally.h"

G_BEGIN_DECLS

struct _EscTally
{
  GObject parent_instance;

  char *id;
  char *file;
  char *sha256;
  char *by;
  GPtrArray *columns;       /* EscTallyColumn */
  guint rows;               /* every row after the header */
  guint used;
  guint n_rejected;         /* may exceed rejections->len where a dataset keeps only the first */
  GArray *rejections;       /* EscTallyRejection */
  GArray *candidates;       /* EscTallyCandidate, most votes first */
  gint64 totals[ESC_TALLY_VOTERS + 1];   /* by role, from VALID on; -1 where no column gives it */
  GPtrArray *regions;       /* EscTallyRegion, by name */
  GArray *histograms;       /* ESC_TALLY_BINS doubles per candidate: votes of the sheets by share */
  guint expected;           /* the sheets there are, 0 if unknown */
  gint64 electorate;        /* 0 if unknown */
  gint64 missing;           /* registered voters on the sheets not in the file, 0 if unknown */
};

EscTallyRegion *esc_tally_region_new  (const char     *name,
                                       guint           n_candidates);
void            esc_tally_region_free (EscTallyRegion *region);
/* Adds @value to a count, stopping at the largest: a hostile file's sums never wrap. */
static inline void
esc_tally_add (gint64 *total,
               gint64  value)
{
  *total = value > G_MAXINT64 - *total ? G_MAXINT64 : *total + value;
}

void            esc_tally_candidate_clear (EscTallyCandidate *candidate);
void            esc_tally_sort        (EscTally       *self);

G_END_DECLS
