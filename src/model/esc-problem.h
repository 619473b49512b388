/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  ESC_SEVERITY_ERROR,
  ESC_SEVERITY_WARNING,
} EscSeverity;

/* One thing wrong with a dataset, located as precisely as the file allows. */
typedef struct {
  EscSeverity severity;
  char *code;      /* stable, for scripts: "quote-not-found" (docs/dataset-format.md) */
  char *path;      /* JSON path: "$.elections[1].claims[4].sources[0].article" */
  guint line;      /* 1-based; 0 when the file has no place for it */
  guint column;    /* 1-based, in characters */
  char *message;   /* one translated sentence for the dataset's author */
} EscProblem;

#define ESC_TYPE_PROBLEM (esc_problem_get_type ())
GType       esc_problem_get_type  (void) G_GNUC_CONST;

EscProblem *esc_problem_new       (EscSeverity       severity,
                                   const char       *code,
                                   const char       *path,
                                   const char       *message);
EscProblem *esc_problem_copy      (const EscProblem *self);
void        esc_problem_free      (EscProblem       *self);
char       *esc_problem_to_string (const EscProblem *self,
                                   const char       *filename);
gboolean    esc_problems_have_errors (GPtrArray     *problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EscProblem, esc_problem_free)

G_END_DECLS
