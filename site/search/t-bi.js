briefingSearch.terms("bi",{"bizwire":[0,3]});
