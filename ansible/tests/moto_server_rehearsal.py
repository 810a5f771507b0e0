"""moto_server for the rehearsal (rehearse.sh): the same server, with its SigV4 signature check
turned off. moto 5.2 recomputes a GET request's signature over the parsed query parameters
instead of the empty body, so every signed GET (S3 ListObjectsV2, Lambda GetFunction...) fails
with SignatureDoesNotMatch once IAM is enforced. Identities are still checked: an access key moto
does not know is refused (InvalidClientTokenId), and each key's policies are evaluated.

Run with the Python moto_server itself runs on: PYTHON moto_server_rehearsal.py -H 127.0.0.1 -p PORT
"""
import sys

from moto.iam.access_control import IAMRequestBase
from moto.server import main

IAMRequestBase.check_signature = lambda self: None

if __name__ == "__main__":
    main(sys.argv[1:])
