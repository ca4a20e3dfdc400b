"""The IAM pack: knowledge shared by the I rules."""
