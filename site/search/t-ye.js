briefingSearch.terms("ye",{"year":[0,1],"years":[0,2]});
