// The PHP a receiver uses to check our signature (shown on the Webhooks page, same as in the README).
export const phpSignatureCheck = (header: string, secret: string) => {
  const serverKey = `HTTP_${header.toUpperCase().replace(/-/g, '_')}`;
  return `<?php
$secret = '${secret}';
$body = file_get_contents('php://input');
$expected = 'sha256=' . hash_hmac('sha256', $body, $secret);
if (!hash_equals($expected, $_SERVER['${serverKey}'] ?? '')) {
    http_response_code(401);
    exit('invalid signature');
}
$data = json_decode($body, true);
// $data['message'], $data['from'], $data['bufferImage'], $data['participant'] ...
// Reply to the chat by answering: {"reply": "Terima kasih!"}
header('Content-Type: application/json');
echo json_encode(['reply' => 'Terima kasih, pesan Anda sudah kami terima.']);`;
};
