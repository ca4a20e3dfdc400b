"""`Version` should be "2012-10-17". Without it (or with the obsolete "2008-10-17") IAM evaluates the policy
with the 2008 language, in which policy variables such as `${aws:username}` are plain text: the guide's
tag-based example ("Accessing Amazon MSK clusters based on tags") would then compare the tag with the
literal string "${aws:username}". A policy written inside a CloudFormation or Terraform resource is no
exception (Terraform's aws_iam_policy_document sets it for you, so those are not reported)."""

from msklint.findings import Hit
from msklint.packs.iam.model import policy_of

CODE = "I002"
NAME = "policy-version"
SEVERITY = "warning"
SUMMARY = 'the policy has no Version "2012-10-17"'
GUIDE = "Amazon MSK identity-based policies"
URL = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html"
BAD = '{"Statement": [{"Effect": "Allow", "Action": "kafka:DescribeCluster", "Resource": "*"}]}\n'
GOOD = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kafka:DescribeCluster", "Resource": "*"}]}\n'


def check(doc, ctx, options):
    policy = policy_of(doc)
    if policy is None:
        return
    version = policy.root.get("Version")
    if version is None:
        yield Hit(
            policy.root.line,
            policy.root.column,
            policy.root.pointer or "/",
            "the policy has no Version: policy variables such as ${aws:username} are not substituted",
            'add "Version": "2012-10-17"',
        )
    elif version.value == "2008-10-17":
        yield Hit.at(
            version,
            'Version "2008-10-17" is the obsolete policy language: policy variables are not substituted',
            'use "Version": "2012-10-17"',
        )
